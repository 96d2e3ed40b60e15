package vn.campaignkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.print.Printable;

/**
 * The whole typed site, built from the source folder. Lists are sorted for output: tips by weight then
 * title, posts newest first, contests by deadline, schools by province and name, frames by slug, printables by
 * weight then path. A site published in several languages is one {@code Site} per language, each with the pages
 * of its {@link Language} (routes under {@code en/} for languages other than the default).
 */
public record Site(SiteConfig config, Optional<Home> home, List<Tip> tips, List<HashtagPage> hashtags,
                   List<Contest> contests, List<School> schools, List<Province> provinces, List<Post> posts,
                   List<PlainPage> pages, List<Frame> frames, List<ContentAsset> contentAssets, List<Printable> printables,
                   List<Quiz> quizzes, List<Scenario> scenarios, Language language) {

    /** Every page, in a stable order. */
    public List<Page> allPages() {
        List<Page> all = new ArrayList<>();
        home.ifPresent(all::add);
        Stream.of(tips, hashtags, contests, schools, posts, pages, frames, quizzes, scenarios).forEach(all::addAll);
        return all;
    }

    public Optional<HashtagPage> hashtag(String name) {
        String key = Tag.keyOf(name);
        return hashtags.stream().filter(h -> h.tag().key().equals(key)).findFirst();
    }
}

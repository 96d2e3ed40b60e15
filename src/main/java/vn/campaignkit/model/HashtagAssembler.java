package vn.campaignkit.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.problem.Problems;

/**
 * Gathers every tag used (site hashtags, hashtag files, page tags) into one page per hashtag. Tags equal
 * after NFC and case-folding are one; two different tags with the same slug are a problem naming both.
 */
final class HashtagAssembler {
    private record Use(String name, String source, int line) {
    }

    private HashtagAssembler() {
    }

    static List<HashtagPage> assemble(SiteConfig config, List<HashtagPage> files, List<? extends Page> pages, String routePrefix,
                                      Problems problems) {
        Map<String, Use> byKey = new LinkedHashMap<>();
        Map<String, Use> bySlug = new LinkedHashMap<>();
        Map<String, HashtagPage> fileByKey = new LinkedHashMap<>();
        for (String name : config.hashtagNames()) {
            note(name, "site.yaml", 1, byKey, bySlug, problems);
        }
        for (HashtagPage file : files) {
            HashtagPage earlier = fileByKey.putIfAbsent(file.tag().key(), file);
            if (earlier != null) {
                problems.add(file.info().source(), 1, 1, "hashtag " + file.tag().hashtag() + " already has a page: "
                        + earlier.info().source(), "keep one file per hashtag");
            }
            note(file.tag().name(), file.info().source(), 1, byKey, bySlug, problems);
        }
        for (Page page : pages) {
            for (String tag : page.info().tags()) {
                note(tag, page.info().source(), page.info().sourceLine(), byKey, bySlug, problems);
            }
        }
        List<String> official = config.hashtagNames().stream().map(Tag::keyOf).toList();
        List<HashtagPage> result = new ArrayList<>();
        for (Map.Entry<String, Use> e : byKey.entrySet()) {
            boolean isOfficial = official.contains(e.getKey());
            HashtagPage file = fileByKey.get(e.getKey());
            if (file != null) {
                result.add(new HashtagPage(file.info(), file.tag(), file.caption(), isOfficial));
                continue;
            }
            Optional<Slug> slug = SlugRules.slugify(e.getValue().name());
            if (slug.isEmpty()) {
                continue;
            }
            Tag tag = new Tag(e.getValue().name(), e.getKey(), slug.get());
            PageInfo info = new PageInfo(e.getValue().source(), e.getValue().line(), slug.get(), Route.of("hashtags", slug.get().value()).under(routePrefix),
                    tag.hashtag(), Optional.empty(), List.of(), false, Optional.empty(), Body.EMPTY, Map.of());
            result.add(new HashtagPage(info, tag, Optional.empty(), isOfficial));
        }
        result.sort(Comparator.comparing((HashtagPage h) -> !h.official())
                .thenComparing(h -> official.indexOf(h.tag().key()))
                .thenComparing(h -> h.tag().slug()));
        return List.copyOf(result);
    }

    private static void note(String name, String source, int line, Map<String, Use> byKey, Map<String, Use> bySlug, Problems problems) {
        String key = Tag.keyOf(name);
        if (byKey.containsKey(key)) {
            return;
        }
        Optional<Slug> slug = SlugRules.slugify(name);
        if (slug.isEmpty()) {
            problems.add(source, line, 1, "tag \"" + name + "\" gives no URL", "use letters or digits");
            return;
        }
        if (SlugRules.tooLong(slug.get())) {
            problems.add(source, line, 1, "tag \"" + name + "\" is too long for the address of its hashtag page",
                    "a tag has at most " + SlugRules.MAX_LENGTH + " letters and digits");
            return;
        }
        Use use = new Use(name, source, line);
        Use clash = bySlug.putIfAbsent(slug.get().value(), use);
        if (clash != null) {
            problems.add(source, line, 1, "tags \"" + name + "\" and \"" + clash.name() + "\" (" + clash.source()
                    + ") are different but both become /hashtags/" + slug.get().value() + "/",
                    "use one spelling for both, or rename one of them");
            return;
        }
        byKey.put(key, use);
    }
}

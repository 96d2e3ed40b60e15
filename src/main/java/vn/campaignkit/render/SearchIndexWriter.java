package vn.campaignkit.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.campaignkit.model.Contest;
import vn.campaignkit.model.HashtagPage;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.PlainPage;
import vn.campaignkit.model.Post;
import vn.campaignkit.model.Province;
import vn.campaignkit.model.Quiz;
import vn.campaignkit.model.Scenario;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.Slug;
import vn.campaignkit.model.SlugRules;
import vn.campaignkit.model.Tip;

/**
 * The site search index as a script ({@code search/index.js}) that calls {@code campaignSearchIndex({...})},
 * so it loads from {@code file://} through a script element (no fetch). Schools are packed as text lines
 * {@code title TAB province-number [TAB slug]}: the slug is left out when the browser can derive it from
 * the title, which keeps 6,100 schools well under 300 KB. Folding for diacritic-free matching happens in
 * the browser, so the index carries each text once.
 */
public final class SearchIndexWriter {
    public static final String PATH = "search/index.js";
    /**
     * From this many pages in a language, its pages link the index without a version and
     * {@code search/index-version.js} names it ({@link Linker#langVersionFile}): one school renamed then rewrites
     * its own pages, not every page of a national site.
     */
    public static final int UNVERSIONED_FROM_PAGES = 1000;

    /** The script naming the index's current version, asked afresh by the search before it loads the index. */
    public static byte[] versionScript(String version) {
        return ("campaignSearchIndexVersion(\"" + version + "\");\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Where a language's index lives: {@code search/index.js}, {@code en/search/index.js}. */
    public static String path(vn.campaignkit.model.Language language) {
        return language.routePrefix() + PATH;
    }

    private SearchIndexWriter() {
    }

    public static byte[] write(Site site) {
        List<String[]> pages = new ArrayList<>();
        for (Tip t : site.tips()) {
            pages.add(entry("tip", t, t.info().summary().orElse("") + " " + t.category().orElse("") + " " + String.join(" ", t.audiences())));
        }
        site.quizzes().forEach(q -> pages.add(entry("quiz", q, q.info().summary().orElse(""))));
        site.scenarios().forEach(s -> pages.add(entry("scenario", s, s.info().summary().orElse(""))));
        site.contests().forEach(c -> pages.add(entry("contest", c, c.info().summary().orElse("") + " " + String.join(" ", c.categories()))));
        for (HashtagPage h : site.hashtags()) {
            pages.add(new String[] {"hashtag", h.tag().hashtag(), h.route().sitePath(), h.title() + " " + h.tag().name()});
        }
        site.posts().forEach(p -> pages.add(entry("post", p, p.info().summary().orElse(""))));
        site.pages().forEach(p -> pages.add(entry("page", p, p.info().summary().orElse(""))));
        for (Province p : site.provinces()) {
            pages.add(new String[] {"province", site.language().messages().fill("search.province_entry", "province", p.name()), p.route().sitePath(), p.name()});
        }
        JsonWriter json = JsonWriter.forScript().object().name("pages").array();
        for (String[] e : pages) {
            json.array();
            for (String text : e) {
                json.value(text.strip());
            }
            json.end();
        }
        json.end().name("provinces").array();
        Map<String, Integer> provinceNumber = new LinkedHashMap<>();
        for (Province p : site.provinces()) {
            provinceNumber.put(p.slug().value(), provinceNumber.size());
            json.array().value(p.name()).value(p.slug().value()).end();
        }
        StringBuilder schools = new StringBuilder(site.schools().size() * 40);
        for (School s : site.schools()) {
            schools.append(s.title().replace('\t', ' ').replace('\n', ' ')).append('\t')
                    .append(provinceNumber.get(s.provinceSlug().value()));
            String slug = s.info().slug().value();
            if (!slug.equals(browserSlug(s.title()))) {
                schools.append('\t').append(slug);
            }
            schools.append('\n');
        }
        json.end().name("schools").value(schools.toString()).end();
        return ("campaignSearchIndex(" + json.text() + ");\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String[] entry(String kind, Page page, String extra) {
        return new String[] {kind, page.title(), page.route().sitePath(), extra};
    }

    /** The slug search.js derives from a title (campaignText.slug in text-fold.js): the generator's own slug rule. */
    static String browserSlug(String title) {
        return SlugRules.slugify(title).map(Slug::value).orElse("");
    }
}

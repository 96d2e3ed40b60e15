package vn.campaignkit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.HashtagPage;
import vn.campaignkit.model.Home;
import vn.campaignkit.model.Language;
import vn.campaignkit.model.Page;

/**
 * The pages of every language side by side: which page translates which. A content page and its translation share
 * their original file ({@code tips/x.md} and {@code tips/x.en.md}); a home page, a built-in page (a list, a hashtag) shares its
 * folder below the language's ({@code tips/} and {@code en/tips/}). Gives each page its {@code hreflang} alternates
 * and the language switcher's links, and the sitemap its alternates.
 */
public final class Translations {
    /** The languages in site.yaml's order, the default first. */
    private final List<Language> languages = new ArrayList<>();
    private final Map<String, SiteConfig> configs = new LinkedHashMap<>();
    /** For each translation key: the page's folder in each language that has it. */
    private final Map<String, Map<String, String>> folders = new LinkedHashMap<>();

    /**
     * One language's version of a page, as templates see it ({@code lang.alternates}).
     *
     * @param path       the folder of the translation, or of the language's home when the page is not translated
     * @param url        the absolute URL of {@code path} when the site has a base URL, else ""
     * @param translated whether {@code path} is this page in that language (else it is that language's home)
     * @param current    whether this is the language of the page being rendered
     */
    public record Alternate(String code, String name, String switchTo, String path, String url, boolean translated,
                            boolean current) {
    }

    /**
     * What templates see as {@code lang}: the page's language and its versions in every language.
     *
     * @param multilingual whether the site has more than one language (the switcher and alternates show only then)
     * @param xDefault     the default language's version of the page (its home when untranslated)
     * @param schoolsPath  the school directory: the language's own when it has schools, else the default language's
     */
    public record LanguageView(String code, String prefix, boolean multilingual, List<Alternate> alternates,
                               Alternate xDefault, String schoolsPath) {
    }

    /** A one-language site's: no alternates to show. */
    static Translations only(vn.campaignkit.model.Site site) {
        Translations t = new Translations();
        t.add(site.language(), site.config(), List.of());
        return t;
    }

    /** Adds one language's pages; call for the default language first. */
    public void add(Language language, SiteConfig config, List<PageJob> jobs) {
        languages.add(language);
        configs.put(language.code(), config);
        for (PageJob job : jobs) {
            if (!job.fileName().equals("index.html")) {
                continue;
            }
            folders.computeIfAbsent(key(job, language), k -> new LinkedHashMap<>()).put(language.code(), job.folder());
        }
    }

    public boolean multilingual() {
        return languages.size() > 1;
    }

    /** The language view of {@code job}, a page of {@code language}. */
    public LanguageView view(PageJob job, Language language) {
        Map<String, String> versions = job.fileName().equals("index.html")
                ? folders.getOrDefault(key(job, language), Map.of()) : Map.of();
        List<Alternate> alternates = new ArrayList<>();
        for (Language l : languages) {
            String folder = versions.get(l.code());
            String path = folder != null ? folder : l.routePrefix();
            alternates.add(new Alternate(l.code(), l.name(), l.messages().text("language.switch_to"), path,
                    configs.get(l.code()).absolute(path).orElse(""), folder != null, l.code().equals(language.code())));
        }
        Map<String, String> schools = folders.getOrDefault("folder:schools/", Map.of());
        String schoolsPath = schools.getOrDefault(language.code(), languages.isEmpty() ? "schools/"
                : schools.getOrDefault(languages.get(0).code(), "schools/"));
        return new LanguageView(language.code(), language.routePrefix(), multilingual(), List.copyOf(alternates),
                alternates.isEmpty() ? null : alternates.get(0), schoolsPath);
    }

    /** Every page folder in every language, with its versions by language code (for the sitemap). */
    public List<Map<String, String>> all() {
        return folders.values().stream().map(Map::copyOf).toList();
    }

    /** The codes of the languages, the default first. */
    public List<String> codes() {
        return languages.stream().map(Language::code).toList();
    }

    /** What a page and its translations have in common: the original file, or the folder below the language's. */
    static String key(PageJob job, Language language) {
        // a home page is every language's home, written (content/index.md) or built in
        if (job.page().isPresent() && !(job.page().get() instanceof HashtagPage) && !(job.page().get() instanceof Home)) {
            Page page = job.page().get();
            if (page.info().source().startsWith("content/")) {
                return "file:" + language.originalOf(page.info().source());
            }
        }
        String folder = job.folder();
        return "folder:" + (folder.startsWith(language.routePrefix()) ? folder.substring(language.routePrefix().length()) : folder);
    }
}

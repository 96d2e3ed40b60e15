package vn.campaignkit.serve;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.campaignkit.model.Language;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.Site;
import vn.campaignkit.render.Card;
import vn.campaignkit.render.FeedWriter;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.PagePlanner;
import vn.campaignkit.render.SearchIndexWriter;
import vn.campaignkit.render.Translations;
import vn.campaignkit.render.ViewFactory;
import vn.campaignkit.pipeline.Pipeline;

/**
 * The pages of every language of a preview build, planned as {@link Pipeline#run} plans them: the default language's
 * at the root, another's under its folder ({@code en/}), each language's pages with their view factory, and the
 * {@link Translations} that give every page its alternates and language switcher. A one-language site is the case
 * of one language.
 */
final class PreviewLanguages {
    /** One language's site, views and pages. */
    record Planned(Site site, ViewFactory views, List<PageJob> jobs) {
        String searchIndexPath() {
            return SearchIndexWriter.path(site.language());
        }

        String feedPath() {
            return site.language().routePrefix() + Pipeline.FEED;
        }

        byte[] feed(LocalDate today) {
            return FeedWriter.atom(site.config(), site.posts(), feedPath(), today, site.language().routePrefix(),
                    site.language().messages().text("feed.title"));
        }
    }

    /** The message section every page's language switcher reads, in every language. */
    private static final String SWITCHER = "language";
    private final List<Planned> languages;
    private final Translations translations;
    private final List<String> pagePaths;

    private PreviewLanguages(List<Planned> languages, Translations translations, List<String> pagePaths) {
        this.languages = List.copyOf(languages);
        this.translations = translations;
        this.pagePaths = List.copyOf(pagePaths);
    }

    /** Plans the pages of {@code sites} (the default language first), with cards remembered in {@code cards}. */
    static PreviewLanguages plan(List<Site> sites, LocalDate today, Map<Page, Card> cards) {
        Site first = sites.get(0);
        Translations translations = new Translations();
        List<Planned> planned = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (Site site : sites) {
            ViewFactory views = new ViewFactory(site, today, cards);
            if (site.schools().isEmpty() && site != first) {
                views.countingDirectoryOf(first.schools().size());
            }
            List<PageJob> jobs = PagePlanner.plan(site, views);
            translations.add(site.language(), site.config(), jobs);
            jobs.forEach(job -> paths.add(job.outputPath()));
            planned.add(new Planned(site, views, jobs));
        }
        return new PreviewLanguages(planned, translations, paths);
    }

    List<Planned> languages() {
        return languages;
    }

    Planned get(int index) {
        return languages.get(index);
    }

    Translations translations() {
        return translations;
    }

    /** Every page's output path, language after language: equal lists mean the same pages at the same places. */
    List<String> pagePaths() {
        return pagePaths;
    }

    /**
     * The codes of the languages whose pages show other interface texts in {@code after} than in {@code before}: a
     * language whose message file changed, and every language when a language's name or switcher text changed (each
     * page's switcher names every language).
     */
    static Set<String> changedTexts(List<Site> before, List<Site> after) {
        Set<String> codes = new TreeSet<>();
        boolean switcher = false;
        for (int i = 0; i < after.size(); i++) {
            Map<String, Map<String, String>> was = before.get(i).language().messages().sections();
            Map<String, Map<String, String>> now = after.get(i).language().messages().sections();
            if (!was.equals(now)) {
                codes.add(after.get(i).language().code());
                switcher |= !Objects.equals(was.get(SWITCHER), now.get(SWITCHER));
            }
        }
        if (switcher) {
            after.forEach(site -> codes.add(site.language().code()));
        }
        return codes;
    }

    /**
     * True when the two models of a language are equal in every part — pages, schools, printables, settings, interface
     * texts and date format — so that what is made from the model alone (its derived files, its site view) is the same.
     */
    static boolean sameModel(Site before, Site after) {
        for (RecordComponent component : Site.class.getRecordComponents()) {
            Object a = read(component, before);
            Object b = read(component, after);
            boolean same = a instanceof Language la && b instanceof Language lb ? sameLanguage(la, lb) : Objects.equals(a, b);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLanguage(Language a, Language b) {
        return a.code().equals(b.code()) && a.routePrefix().equals(b.routePrefix())
                && a.messages().sections().equals(b.messages().sections())
                && a.dateFormat().toString().equals(b.dateFormat().toString())
                && a.dateFormat().getLocale().equals(b.dateFormat().getLocale());
    }

    private static Object read(RecordComponent component, Site site) {
        try {
            return component.getAccessor().invoke(site);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read site." + component.getName(), e);
        }
    }

    /** The index of the language whose pages {@code path} makes ({@code x.en.md}: English); the default when none does. */
    static int languageOf(String path, List<Site> sites) {
        for (int i = 1; i < sites.size(); i++) {
            Site site = sites.get(i);
            if (site.allPages().stream().anyMatch(p -> p.info().source().equals(path))
                    || site.printables().stream().anyMatch(p -> p.path().equals(path))) {
                return i;
            }
        }
        return 0;
    }
}

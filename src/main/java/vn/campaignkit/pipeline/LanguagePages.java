package vn.campaignkit.pipeline;

import java.time.LocalDate;
import java.util.List;
import vn.campaignkit.check.OutputClaims;
import vn.campaignkit.model.Language;
import vn.campaignkit.model.Site;
import vn.campaignkit.render.FeedWriter;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.PagePlanner;
import vn.campaignkit.render.SearchIndexWriter;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.render.ViewFactory;

/**
 * The pages of one language of a build, planned and claimed: the default language's at the site's root, another's
 * under its folder ({@code en/}), each with its own search index and news feed.
 */
final class LanguagePages {
    private final Site site;
    private final ViewFactory views;
    private final List<PageJob> jobs;
    private final byte[] searchIndex;
    private List<SiteView.Download> downloads = List.of();

    private LanguagePages(Site site, ViewFactory views, List<PageJob> jobs) {
        this.site = site;
        this.views = views;
        this.jobs = jobs;
        this.searchIndex = SearchIndexWriter.write(site);
    }

    /** Plans the pages of {@code site} (one language) and claims their output paths. */
    static LanguagePages plan(Site site, Site defaultLanguage, LocalDate today, OutputClaims claims) {
        ViewFactory views = new ViewFactory(site, today);
        if (site.schools().isEmpty() && site != defaultLanguage) {
            views.countingDirectoryOf(defaultLanguage.schools().size());
        }
        List<PageJob> jobs = PagePlanner.plan(site, views);
        for (PageJob job : jobs) {
            claims.claim(job.outputPath(), job.source(), job.line());
        }
        return new LanguagePages(site, views, jobs);
    }

    Site site() {
        return site;
    }

    ViewFactory views() {
        return views;
    }

    List<PageJob> jobs() {
        return jobs;
    }

    Language language() {
        return site.language();
    }

    String searchIndexPath() {
        return SearchIndexWriter.path(site.language());
    }

    byte[] searchIndex() {
        return searchIndex;
    }

    /** The index's version in links: a hash of its bytes. */
    String searchIndexVersion() {
        return vn.campaignkit.derive.Fingerprints.of(searchIndex).substring(0, 10);
    }

    /** True when this language has so many pages that they link the index without its version (see SearchIndexWriter). */
    boolean unversionedSearchIndex() {
        return jobs.size() >= SearchIndexWriter.UNVERSIONED_FROM_PAGES;
    }

    String feedPath() {
        return site.language().routePrefix() + Pipeline.FEED;
    }

    byte[] feed(LocalDate today) {
        return FeedWriter.atom(site.config(), site.posts(), feedPath(), today, site.language().routePrefix(),
                site.language().messages().text("feed.title"));
    }

    /** The files this language's downloads page lists. */
    List<SiteView.Download> downloads() {
        return downloads;
    }

    void downloads(List<SiteView.Download> files) {
        this.downloads = List.copyOf(files);
    }
}

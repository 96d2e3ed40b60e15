package vn.campaignkit.serve;

import java.util.List;
import java.util.Map;
import vn.campaignkit.check.OutputClaims;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.model.Site;
import vn.campaignkit.render.LocalisedScripts;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.PageView;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.render.TemplateEngine;
import vn.campaignkit.render.Translations;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.SourceTree;

/**
 * Everything the last successful preview build knew, so the next one can redo only what a change
 * affects: the scanned tree, the scripts' copies per language, each language's model, page jobs, page views and site view, which page translates
 * which, every page's output path and claim, the planned derived files, and every output file made.
 */
record PreviewState(SourceTree tree, SiteConfig config, List<Language> languages, Translations translations,
                    AssetCatalog assets, LocalisedScripts scripts, Map<String, String> assetVersions, TemplateEngine engine, TemplateReads templates,
                    List<String> pagePaths, OutputClaims claims, DeferredFiles deferred, Map<String, byte[]> files) {

    /** One language of the build: its site (routes under {@code en/} for another language), pages, views and derived files. */
    record Language(Site site, List<PageJob> jobs, Map<String, PageView> views, SiteView siteView, List<DeriveJob> derived) {
    }

    PreviewState {
        languages = List.copyOf(languages);
    }

    /** The default language's site. */
    Site site() {
        return languages.get(0).site();
    }

    List<Site> sites() {
        return languages.stream().map(Language::site).toList();
    }

    PreviewState with(DeferredFiles made, Map<String, byte[]> output) {
        return new PreviewState(tree, config, languages, translations, assets, scripts, assetVersions, engine, templates,
                pagePaths, claims, made, output);
    }
}

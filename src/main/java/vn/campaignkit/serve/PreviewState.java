package vn.campaignkit.serve;

import java.util.List;
import java.util.Map;
import vn.campaignkit.check.OutputClaims;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.Site;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.PageView;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.render.TemplateEngine;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.SourceTree;

/**
 * Everything the last successful preview build knew, so the next one can redo only what a change
 * affects: the scanned tree, the model, every page's output path, claim and view, the planned derived
 * files, and every output file made.
 */
record PreviewState(SourceTree tree, SiteConfig config, Site site, AssetCatalog assets, Map<String, String> assetVersions,
                    TemplateEngine engine, TemplateReads templates, List<PageJob> jobs, List<String> pagePaths, OutputClaims claims,
                    Map<String, PageView> views,
                    SiteView siteView, DeferredFiles deferred, Map<String, byte[]> files) {
}

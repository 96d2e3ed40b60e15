package vn.campaignkit.serve;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import vn.campaignkit.check.ImageCheck;
import vn.campaignkit.check.OutputClaims;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.model.ContentAsset;
import vn.campaignkit.model.Site;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.pipeline.PublishedAssets;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.FeedWriter;
import vn.campaignkit.render.LocalisedScripts;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.SearchIndexWriter;
import vn.campaignkit.source.AssetCatalog;

/** The non-page outputs of a preview build, made the way {@link Pipeline#run} makes them. */
final class PreviewOutputs {
    private PreviewOutputs() {
    }

    /** The same claims as {@link Pipeline#run}: pages, assets, content files, feed, search index, sitemap. */
    static OutputClaims claim(Site site, AssetCatalog assets, List<PageJob> jobs, SiteConfig config, Problems problems) {
        OutputClaims claims = new OutputClaims(problems);
        for (PageJob job : jobs) {
            claims.claim(job.outputPath(), job.source(), job.line());
        }
        for (AssetCatalog.Asset a : assets.all().values()) {
            if (a.published()) {
                claims.claim(a.outputPath(), a.file().map(f -> a.outputPath()).orElse("(built-in asset)"), 0);
            }
        }
        for (ContentAsset a : site.contentAssets()) {
            claims.claim(a.outputPath(), a.source(), 0);
        }
        claims.claim(Pipeline.FEED, "(built-in news feed)", 0);
        claims.claim(SearchIndexWriter.PATH, "(built-in search index)", 0);
        if (config.baseUrl().isPresent()) {
            claims.claim("sitemap.xml", "(built-in sitemap)", 0);
            claims.claim("robots.txt", "(built-in robots.txt)", 0);
        }
        return claims;
    }

    /** The cache-busting versions of links: every published asset (its language's copy) and the search index. */
    static Map<String, String> versions(AssetCatalog assets, LocalisedScripts scripts, byte[] searchIndex) {
        Map<String, String> versions = new TreeMap<>(assets.versions());
        versions.putAll(scripts.versions());
        versions.put(SearchIndexWriter.PATH, Fingerprints.of(searchIndex).substring(0, 10));
        return versions;
    }

    static void sitemap(String base, List<PageJob> jobs, MemorySink sink) {
        List<String> folders = jobs.stream().filter(j -> !j.fileName().equals("404.html")).map(PageJob::folder).sorted().toList();
        sink.write("sitemap.xml", FeedWriter.sitemap(base, folders));
        sink.write("robots.txt", FeedWriter.robots(base));
    }

    /**
     * Every asset on a full build; otherwise only the assets and content files that were edited. The scripts written
     * from the message files always (few and small): an edit of a message file changes them.
     */
    static void copyAssets(boolean full, Set<String> changed, AssetCatalog assets, LocalisedScripts scripts, Site site,
                           ImageCheck images, MemorySink sink, Problems problems) {
        PublishedAssets.copy(assets, site.contentAssets(), path -> (full || changed.contains(path)) && !scripts.localises(path),
                images, sink, problems);
        scripts.write(sink);
    }
}

package vn.campaignkit.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Predicate;
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
import vn.campaignkit.render.Translations;
import vn.campaignkit.source.AssetCatalog;

/** The non-page outputs of a preview build, made the way {@link Pipeline#run} makes them. */
final class PreviewOutputs {
    private PreviewOutputs() {
    }

    /**
     * The same claims as {@link Pipeline#run}: every language's pages, assets, content files, the other languages'
     * copies of the localised scripts, every language's feed and search index, the sitemap.
     */
    static OutputClaims claim(PreviewLanguages languages, AssetCatalog assets, LocalisedScripts scripts, SiteConfig config,
                              Problems problems) {
        OutputClaims claims = new OutputClaims(problems);
        for (PreviewLanguages.Planned language : languages.languages()) {
            for (PageJob job : language.jobs()) {
                claims.claim(job.outputPath(), job.source(), job.line());
            }
        }
        for (AssetCatalog.Asset a : assets.all().values()) {
            if (a.published()) {
                claims.claim(a.outputPath(), a.file().map(f -> a.outputPath()).orElse("(built-in asset)"), 0);
            }
        }
        for (ContentAsset a : languages.get(0).site().contentAssets()) {
            claims.claim(a.outputPath(), a.source(), 0);
        }
        scripts.claim(claims);
        for (PreviewLanguages.Planned language : languages.languages()) {
            claims.claim(language.feedPath(), "(built-in news feed)", 0);
            claims.claim(language.searchIndexPath(), "(built-in search index)", 0);
        }
        if (config.baseUrl().isPresent()) {
            claims.claim("sitemap.xml", "(built-in sitemap)", 0);
            claims.claim("robots.txt", "(built-in robots.txt)", 0);
        }
        return claims;
    }

    /**
     * The cache-busting versions of links: every published asset (a localised script: each language's copy) and each
     * language's search index (by its path).
     */
    static Map<String, String> versions(AssetCatalog assets, LocalisedScripts scripts, Map<String, byte[]> searchIndexes) {
        Map<String, String> versions = new TreeMap<>(assets.versions());
        versions.putAll(scripts.versions());
        searchIndexes.forEach((path, index) -> versions.put(path, Fingerprints.of(index).substring(0, 10)));
        return versions;
    }

    /** The sitemap as {@link Pipeline#run} writes it: with every page's alternates when the site has several languages. */
    static void sitemap(String base, PreviewLanguages languages, MemorySink sink) {
        Translations translations = languages.translations();
        if (translations.multilingual()) {
            sink.write("sitemap.xml", FeedWriter.sitemap(base, translations.codes(), translations.all()));
        } else {
            List<String> folders = languages.get(0).jobs().stream().filter(j -> !j.fileName().equals("404.html"))
                    .map(PageJob::folder).sorted().toList();
            sink.write("sitemap.xml", FeedWriter.sitemap(base, folders));
        }
        sink.write("robots.txt", FeedWriter.robots(base));
    }

    /**
     * Every asset on a full build; otherwise only the assets and content files that were edited. The localised scripts
     * ({@code localised} tells which assets they are) are written from {@code scripts} when they were made again.
     */
    static void copyAssets(boolean full, Set<String> changed, AssetCatalog assets, Optional<LocalisedScripts> scripts,
                           Predicate<String> localised, Site site, ImageCheck images, MemorySink sink, Problems problems) {
        PublishedAssets.copy(assets, site.contentAssets(), path -> (full || changed.contains(path)) && !localised.test(path),
                images, sink, problems);
        scripts.ifPresent(made -> made.write(sink));
    }
}

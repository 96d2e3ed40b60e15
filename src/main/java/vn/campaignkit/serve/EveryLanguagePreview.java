package vn.campaignkit.serve;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.Site;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.problem.SiteProblemsException;
import vn.campaignkit.source.SiteConfigReader;
import vn.campaignkit.source.SourceFile;

/**
 * The preview of a site published in several languages: every change runs the pipeline's own stages for every
 * language (the pages of {@code /} and of {@code /en/}, their search indexes, feeds and alternates, exactly as
 * {@code build} makes them), with the derived files planned and made when first requested. The incremental
 * preview knows one language; a translated site is small enough to be rebuilt whole.
 */
final class EveryLanguagePreview {
    private final BuildOptions options;
    private final Pipeline pipeline;
    private final DerivedFileCache derived;
    private volatile Site site;
    private DeferredFiles deferred;

    EveryLanguagePreview(BuildOptions options, Pipeline pipeline, DerivedFileCache derived) {
        this.options = options;
        this.pipeline = pipeline;
        this.derived = derived;
    }

    /** Whether site.yaml declares languages besides the default (read afresh: an edit may add one). */
    static boolean declared(BuildOptions options) {
        Path yaml = options.source().resolve("site.yaml");
        if (!Files.isRegularFile(yaml, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        SiteConfig config = new SiteConfigReader().read(Optional.of(new SourceFile("site.yaml", yaml)), options.baseUrl(), new Problems());
        return !config.otherLanguages().isEmpty();
    }

    /** The default language's model of the last good build, for the editor's desk. */
    Optional<Site> lastSite() {
        return Optional.ofNullable(site);
    }

    BuildResult build() {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        try {
            Pipeline.Result result = pipeline.check(options, new MemorySink(files));
            DeferredFiles next = new DeferredFiles(result.planned(), deferred, derived);
            deferred = next;
            site = result.site();
            return new BuildResult.Built(new SiteSnapshot(files, next));
        } catch (SiteProblemsException e) {
            return new BuildResult.Failed(List.copyOf(e.problems()));
        }
    }
}

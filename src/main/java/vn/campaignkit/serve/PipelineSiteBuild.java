package vn.campaignkit.serve;

import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.problem.SiteProblemsException;

/** The real build, run into memory: exactly what {@code build} would write, or its problems. */
public final class PipelineSiteBuild implements SiteBuild {
    private final BuildOptions options;
    private final DerivedFileCache derived;

    public PipelineSiteBuild(BuildOptions options, DerivedFileCache derived) {
        this.options = options;
        this.derived = derived;
    }

    @Override
    public BuildResult build(ChangeSet changes) {
        MemorySink sink = new MemorySink();
        try {
            Pipeline.Result result = Pipeline.standard(options).run(options, sink, derived);
            derived.keep(result.derived().fingerprints(), sink.files());
            return new BuildResult.Built(new SiteSnapshot(sink.files()));
        } catch (SiteProblemsException e) {
            return new BuildResult.Failed(e.problems());
        }
    }
}

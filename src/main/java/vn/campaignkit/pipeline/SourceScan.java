package vn.campaignkit.pipeline;

import java.nio.file.Path;
import java.util.List;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceScanner;
import vn.campaignkit.source.SourceTree;

/** The site folder walked once, with what the walk found wrong; shared by the input fingerprint and the build. */
public record SourceScan(SourceTree tree, List<Problem> problems) {

    public static SourceScan of(Path source) {
        Problems problems = new Problems();
        SourceTree tree = new SourceScanner().scan(source, problems);
        SourceScan scan = new SourceScan(tree, problems.sorted());
        Timings.mark("scan");
        return scan;
    }
}

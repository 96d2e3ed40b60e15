package vn.campaignkit.pipeline;

import java.nio.file.Path;
import java.util.List;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceContents;
import vn.campaignkit.source.SourceScanner;
import vn.campaignkit.source.SourceTree;

/**
 * The site folder walked once, with what the walk found wrong; shared by the input fingerprint and the build.
 * {@code contents} keeps the bytes of the content files the input fingerprint read, for the model.
 */
public record SourceScan(SourceTree tree, List<Problem> problems, SourceContents contents) {

    public static SourceScan of(Path source) {
        Problems problems = new Problems();
        SourceTree tree = new SourceScanner().scan(source, problems);
        SourceScan scan = new SourceScan(tree, problems.sorted(), new SourceContents());
        Timings.mark("scan");
        return scan;
    }
}

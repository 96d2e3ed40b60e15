package vn.campaignkit.serve;

import java.util.List;
import java.util.Optional;
import vn.campaignkit.problem.Problem;

/**
 * Unsaved text rendered through the pipeline: the output path and HTML of the page it makes (none for a
 * file that makes no page of its own, or that cannot be read), and every problem of the site with that
 * text in place.
 */
public record DraftPage(Optional<String> outputPath, Optional<byte[]> html, List<Problem> problems) {
    public DraftPage {
        problems = List.copyOf(problems);
    }
}

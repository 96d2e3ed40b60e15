package vn.campaignkit.serve;

import java.util.List;
import vn.campaignkit.problem.Problem;

/** What one build produced: a complete site, or the problems that stopped it. */
public sealed interface BuildResult {

    /** Every output file of the site, complete and consistent. */
    record Built(SiteSnapshot site) implements BuildResult {
    }

    /** The site has problems; nothing of this build may be served. */
    record Failed(List<Problem> problems) implements BuildResult {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}

package vn.campaignkit.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.campaignkit.problem.Problem;

/** Prints problems the way editors read them: one {@code path:line:col: error: …} line each, then a count. */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter err) {
        problems.forEach(p -> err.println(p.format()));
        err.println(problems.size() == 1 ? "1 problem found; nothing was written." : problems.size() + " problems found; nothing was written.");
        err.flush();
    }
}

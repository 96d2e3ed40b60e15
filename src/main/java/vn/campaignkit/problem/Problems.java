package vn.campaignkit.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A thread-safe collector: every stage reports here, and the build fails once at the end if anything was said. */
public final class Problems {
    private final ConcurrentLinkedQueue<Problem> found = new ConcurrentLinkedQueue<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void add(String path, int line, int col, String message, String hint) {
        found.add(new Problem(path, line, col, message, hint));
    }

    public void add(String path, int line, int col, String message) {
        add(path, line, col, message, "");
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    /** All problems, sorted by file, line and column, without duplicates. */
    public List<Problem> sorted() {
        return new ArrayList<>(new java.util.TreeSet<>(found));
    }

    /** Stops the build when problems were reported. */
    public void throwIfAny() throws SiteProblemsException {
        if (!found.isEmpty()) {
            throw new SiteProblemsException(sorted());
        }
    }
}

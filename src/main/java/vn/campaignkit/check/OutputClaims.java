package vn.campaignkit.check;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.campaignkit.problem.Problems;

/**
 * Who writes each output file. Two sources that map to the same file are a problem naming both —
 * never last-writer-wins.
 */
public final class OutputClaims {
    /** Where a claim comes from: a source file and line, or a built-in page. */
    public record Claimant(String source, int line) {
        String describe() {
            return line > 1 ? source + ":" + line : source;
        }
    }

    private final Map<String, Claimant> claims = new TreeMap<>();
    private final Problems problems;

    public OutputClaims(Problems problems) {
        this.problems = problems;
    }

    /** Claims a file; returns false (and reports) if another source already did. */
    public synchronized boolean claim(String outputPath, String source, int line) {
        Claimant claimant = new Claimant(source, line);
        Claimant earlier = claims.putIfAbsent(outputPath, claimant);
        if (earlier == null) {
            return true;
        }
        problems.add(source, Math.max(line, 1), 1, "this page would be written to " + outputPath
                + ", which " + earlier.describe() + " also writes", "give one of them another slug or file name");
        return false;
    }

    public synchronized boolean contains(String outputPath) {
        return claims.containsKey(outputPath);
    }

    public synchronized Set<String> paths() {
        return Collections.unmodifiableSet(new java.util.TreeSet<>(claims.keySet()));
    }
}

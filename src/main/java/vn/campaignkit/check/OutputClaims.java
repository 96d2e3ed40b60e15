package vn.campaignkit.check;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;

/**
 * Who writes each output file. Two sources that map to the same file are a problem naming both —
 * never last-writer-wins.
 */
public final class OutputClaims {
    /** Where a claim comes from: a source file and line, or a built-in page. */
    public record Claimant(String source, int line) {
        String describe() {
            if (isBuiltIn()) {
                return "the " + source.substring(1, source.length() - 1);
            }
            if (line <= 1) {
                return source;
            }
            return new Problem(source, line, 0, "", "").inSpreadsheet() ? source + " (row " + line + ")" : source + ":" + line;
        }

        /** Built-in pages and files are named like {@code (built-in tips page)}; they are no file an editor can open. */
        boolean isBuiltIn() {
            return source.startsWith("(");
        }
    }

    private final Map<String, Claimant> claims = new TreeMap<>();
    private final Problems problems;
    private boolean clashReported;

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
        if (claimant.isBuiltIn() && earlier.isBuiltIn() && clashReported) {
            // e.g. the og.png of two pages that share a slug: a consequence of the clash already reported
            return false;
        }
        clashReported = true;
        // Blame the editor's file, never a built-in page: a page with slug 'tips' is the one to rename.
        boolean blameEarlier = claimant.isBuiltIn() && !earlier.isBuiltIn();
        Claimant blamed = blameEarlier ? earlier : claimant;
        Claimant other = blameEarlier ? claimant : earlier;
        String hint = blamed.source().equals(other.source())
                ? "two files have this name, written with differently encoded accents (NFC and NFD); delete one"
                : "give one of them another slug or file name";
        problems.add(blamed.source(), Math.max(blamed.line(), 1), 1, "this page would be written to " + outputPath
                + ", which " + other.describe() + " also writes", hint);
        return false;
    }

    public synchronized boolean contains(String outputPath) {
        return claims.containsKey(outputPath);
    }

    public synchronized Set<String> paths() {
        return Collections.unmodifiableSet(new java.util.TreeSet<>(claims.keySet()));
    }
}

package vn.campaignkit.check;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;

/**
 * Who writes each output file. Two sources that map to the same file are a problem naming both —
 * never last-writer-wins. Every path must also fit {@link #PATH_BUDGET}.
 */
public final class OutputClaims {
    /**
     * The longest site-relative output path, in UTF-16 characters as Windows counts them. Windows refuses
     * paths over 260 characters (MAX_PATH), and a school copies or unzips the site into folders such as
     * {@code C:\Users\<name>\OneDrive - Sở Giáo dục…\Desktop\khong-mot-minh\}: 100 characters are left for that.
     */
    public static final int PATH_BUDGET = 160;
    /** The longest file or folder name most file systems accept (ext4 counts UTF-8 bytes, NTFS UTF-16 units). */
    public static final int NAME_BYTES = 255;

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
    private final Set<String> overBudget = new java.util.HashSet<>();
    private final Problems problems;
    private boolean clashReported;

    public OutputClaims(Problems problems) {
        this.problems = problems;
    }

    /** Claims a file; returns false (and reports) if another source already did, or if its path is too long. */
    public synchronized boolean claim(String outputPath, String source, int line) {
        Claimant claimant = new Claimant(source, line);
        if (!fitsBudget(outputPath, claimant)) {
            return false;
        }
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

    /** Reports a path over budget at its claimant, or (for a derived file) at the page whose folder holds it. */
    private boolean fitsBudget(String outputPath, Claimant claimant) {
        int longestName = 0;
        for (String name : outputPath.split("/")) {
            longestName = Math.max(longestName, name.getBytes(StandardCharsets.UTF_8).length);
        }
        if (outputPath.length() <= PATH_BUDGET && longestName <= NAME_BYTES) {
            return true;
        }
        overBudget.add(outputPath);
        Claimant blamed = claimant.isBuiltIn() ? pageHolding(outputPath).orElse(claimant) : claimant;
        problems.add(blamed.source(), Math.max(blamed.line(), 0), 0, "the output file " + outputPath + " would have a path of "
                + outputPath.length() + " characters; a site's paths stay within " + PATH_BUDGET
                + " so that schools can copy and unzip it on Windows", "shorten the file name or slug that gives this path");
        return false;
    }

    private Optional<Claimant> pageHolding(String outputPath) {
        String folder = outputPath;
        while (folder.lastIndexOf('/') > 0) {
            folder = folder.substring(0, folder.lastIndexOf('/'));
            Claimant page = claims.get(folder + "/index.html");
            if (page != null && !page.isBuiltIn()) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }

    /** Whether the path was refused for its length (nothing may be written there). */
    public synchronized boolean overBudget(String outputPath) {
        return overBudget.contains(outputPath);
    }

    public synchronized boolean contains(String outputPath) {
        return claims.containsKey(outputPath);
    }

    public synchronized Set<String> paths() {
        return Collections.unmodifiableSet(new java.util.TreeSet<>(claims.keySet()));
    }
}

package vn.campaignkit.problem;

import java.util.Comparator;

/**
 * One mistake in the site, pointing at a site-relative file and a 1-based line and column of that file.
 * Line 0 means "the whole file".
 */
public record Problem(String path, int line, int col, String message, String hint) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::col).thenComparing(Problem::message);

    public Problem {
        path = path.replace('\\', '/');
        line = Math.max(line, 0);
        col = Math.max(col, 0);
        hint = hint == null ? "" : hint;
    }

    public static Problem at(String path, int line, int col, String message) {
        return new Problem(path, line, col, message, "");
    }

    /** The editor-facing line: {@code content/x.md:4:11: error: message (hint: …)}. */
    public String format() {
        String where = path + ":" + Math.max(line, 1) + ":" + Math.max(col, 1);
        return visible(where + ": error: " + message + (hint.isEmpty() ? "" : " (hint: " + hint + ")"));
    }

    /**
     * Control characters quoted from a file (a slug with U+0001, an ESC sequence) are shown as {@code \x01},
     * never sent raw to the editor's terminal, and the problem stays on one line.
     */
    private static String visible(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (Character.isISOControl(c)) {
                sb.append(String.format("\\x%02X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}

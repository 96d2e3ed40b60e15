package vn.campaignkit.derive.print;

import java.util.Locale;
import java.util.OptionalInt;
import vn.campaignkit.model.print.PrintText;
import vn.campaignkit.problem.Problems;

/**
 * The checks a print shop would make before accepting a file: every character has a glyph, every
 * text fits its box, QR codes are large and coarse enough, images are sharp enough. Each finding is
 * a problem pointing at the text or key in the source file that caused it.
 */
final class Preflight {
    /** Placed raster images must reach this resolution at their printed size. */
    static final double MIN_DPI = 300;

    private final FontSet fonts;
    private final Problems problems;
    private final String copy;
    private boolean failed;

    /** {@code copy} names the output being checked, e.g. "print-shop PDF" or "office A4 PDF for Trường X". */
    Preflight(FontSet fonts, Problems problems, String copy) {
        this.fonts = fonts;
        this.problems = problems;
        this.copy = copy;
    }

    boolean failed() {
        return failed;
    }

    /** Reports the first character of {@code text} missing from {@code face}; true when all are there. */
    boolean glyphs(PrintText text, FontFace face) {
        OptionalInt missing = fonts.firstMissing(text.text(), face);
        if (missing.isEmpty()) {
            return true;
        }
        int index = missing.getAsInt();
        int cp = text.text().codePointAt(index);
        int[] where = position(text, index);
        report(text.path(), where[0], where[1], String.format(Locale.ROOT,
                "the character '%s' (U+%04X) is not in the print font Be Vietnam Pro", new String(Character.toChars(cp)), cp),
                "replace it with a similar character or remove it; emoji and symbols outside Vietnamese and Latin cannot be printed");
        return false;
    }

    void doesNotFit(PrintText text, String what, String detail) {
        report(text.path(), text.line(), text.col(), what + " does not fit on the " + copy + " (" + detail + ")",
                "shorten the text; it is never cut off silently");
    }

    /** Something the design needs is missing from the site. */
    void missing(PrintText where, String what, String hint) {
        report(where.path(), where.line(), where.col(), "the " + copy + " needs " + what, hint);
    }

    void qrTooSmall(PrintText named, double sizeMm, double minMm) {
        report(named.path(), named.line(), named.col(), String.format(Locale.ROOT,
                "the QR code would print %.0f mm wide on the %s, below the %.0f mm it needs to scan", sizeMm, copy, minMm),
                String.format(Locale.ROOT, "make 'qr_size' at least %.0f, or remove it to use the design's size", minMm));
    }

    void qrUnreadable(PrintText named, String why) {
        report(named.path(), named.line(), named.col(), "the QR code on the " + copy + " would not scan: " + why,
                "use a shorter address (a site path such as /meo/ is shortest) or a larger 'qr_size'");
    }

    void imageTooCoarse(PrintText named, double dpi, double widthMm, int pixelsNeeded) {
        report(named.path(), named.line(), named.col(), String.format(Locale.ROOT,
                "the image prints at %.0f dpi on the %s (%.0f mm wide), below %.0f dpi", dpi, copy, widthMm, MIN_DPI),
                "use a picture at least " + pixelsNeeded + " pixels wide");
    }

    void unreadableImage(PrintText named, String why) {
        report(named.path(), named.line(), named.col(), "the image cannot be read: " + why, "export it again as PNG or JPEG");
    }

    private void report(String path, int line, int col, String message, String hint) {
        failed = true;
        problems.add(path, line, col, message, hint);
    }

    /** Line and column of a character inside a (possibly multi-line) value. */
    private static int[] position(PrintText text, int index) {
        String before = text.text().substring(0, index);
        int nl = before.lastIndexOf('\n');
        int lines = (int) before.chars().filter(c -> c == '\n').count();
        int col = nl < 0 ? text.col() + before.codePointCount(0, before.length())
                : before.codePointCount(nl + 1, before.length()) + 1;
        return new int[] {text.line() + lines, col};
    }
}

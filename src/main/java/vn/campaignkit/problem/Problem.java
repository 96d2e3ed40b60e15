package vn.campaignkit.problem;

import java.util.Comparator;
import java.util.Set;

/**
 * One mistake in the site, pointing at a site-relative file and a 1-based line and column of that file.
 * Line 0 means "the whole file".
 *
 * <p>In a spreadsheet ({@code data/schools.xlsx}) the line is the sheet's row number and the column its column
 * number (1 = A), and the problem reads the way the spreadsheet names cells: {@code data/schools.xlsx: Sheet1!C14:}
 * with the sheet's name, or {@code data/schools.xlsx: row 14:} when only the row is known (a school whose
 * province is spelt two ways, two schools at one address): the school list is one sheet of the file.
 *
 * @param sheet the spreadsheet's sheet the row and column belong to; empty in text files and when only the row
 *              of a spreadsheet is known
 */
public record Problem(String path, int line, int col, String message, String hint, String sheet) implements Comparable<Problem> {
    private static final Set<String> SPREADSHEETS = Set.of(".xlsx");

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path).thenComparing(Problem::sheet)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::col).thenComparing(Problem::message);

    public Problem {
        path = path.replace('\\', '/');
        line = Math.max(line, 0);
        col = Math.max(col, 0);
        hint = hint == null ? "" : hint;
        sheet = sheet == null ? "" : sheet;
    }

    /** A problem at a line and column of a text file (or a row of a spreadsheet). */
    public Problem(String path, int line, int col, String message, String hint) {
        this(path, line, col, message, hint, "");
    }

    public static Problem at(String path, int line, int col, String message) {
        return new Problem(path, line, col, message, "");
    }

    /** A problem at one cell of a spreadsheet: {@code row} and {@code column} 1-based, column 0 for the whole row. */
    public static Problem inCell(String path, String sheet, int row, int column, String message, String hint) {
        return new Problem(path, row, column, message, hint, sheet);
    }

    /** The file is a spreadsheet: line and column are its row and column, and there are no lines to quote. */
    public boolean inSpreadsheet() {
        int dot = path.lastIndexOf('.');
        return !sheet.isEmpty() || dot >= 0 && SPREADSHEETS.contains(path.substring(dot).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Where the problem is, as editors read it: {@code content/x.md:4:11}; in a spreadsheet a cell
     * {@code data/schools.xlsx: Sheet1!C14}, a row {@code data/schools.xlsx: 'Danh sách', row 14} (or
     * {@code data/schools.xlsx: row 14} without the sheet), a sheet, or the whole file.
     */
    public String where() {
        if (!inSpreadsheet()) {
            return path + ":" + Math.max(line, 1) + ":" + Math.max(col, 1);
        }
        if (line < 1) {
            return path + (sheet.isEmpty() ? "" : ": " + sheetName(sheet));
        }
        if (sheet.isEmpty() || col < 1) {
            return path + ": " + (sheet.isEmpty() ? "" : sheetName(sheet) + ", ") + "row " + line;
        }
        return path + ": " + sheetName(sheet) + "!" + columnLetters(col) + line;
    }

    /** The editor-facing line: {@code content/x.md:4:11: error: message (hint: …)}. */
    public String format() {
        return visible(where() + ": error: " + message + (hint.isEmpty() ? "" : " (hint: " + hint + ")"));
    }

    /** Column 1 is A, 26 is Z, 27 is AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** A sheet name as a formula writes it: quoted when it holds anything but letters, digits and '_'. */
    private static String sheetName(String sheet) {
        return sheet.matches("[\\p{L}\\p{N}_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
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

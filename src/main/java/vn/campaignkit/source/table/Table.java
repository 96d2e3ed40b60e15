package vn.campaignkit.source.table;

import java.util.List;
import java.util.Optional;
import vn.campaignkit.problem.Problem;

/**
 * One table of text cells read from a file: a CSV, or one sheet of a workbook. Cells are text as the spreadsheet
 * shows it (numbers without exponent, dates as {@code YYYY-MM-DD}); a cell that holds no readable value (an
 * error such as {@code #REF!}, a formula without a saved result) says why, and only the reader of the table
 * decides whether that column matters.
 *
 * @param sheet     the sheet's name; empty for a CSV
 * @param delimited values are separated by a character (CSV): a row longer than its header means a separator
 *                  inside an unquoted value, where in a sheet it is just a column without a name
 */
public record Table(String path, String sheet, boolean delimited, List<Row> rows) {
    public Table {
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param number its line in the CSV, or its row number in the sheet (1-based, as the spreadsheet shows it)
     * @param cells  from the first column on; missing cells are empty
     */
    public record Row(int number, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell of a 0-based column; empty beyond the last. */
        public Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        public boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    /** A cell's text, or why it has none. */
    public record Cell(String text, Optional<Unreadable> unreadable) {
        public static final Cell EMPTY = new Cell("", Optional.empty());

        public static Cell of(String text) {
            return text.isEmpty() ? EMPTY : new Cell(text, Optional.empty());
        }

        public static Cell unreadable(String message, String hint) {
            return new Cell("", Optional.of(new Unreadable(message, hint)));
        }

        public boolean isBlank() {
            return text.isBlank() && unreadable.isEmpty();
        }
    }

    /** Why a cell has no value, and what to do about it. */
    public record Unreadable(String message, String hint) {
    }

    /** A problem at a cell (0-based column), at a whole row ({@code column} -1), or at the table ({@code row} 0). */
    public Problem problem(int row, int column, String message, String hint) {
        return sheet.isEmpty() ? new Problem(path, row, column + 1, message, hint)
                : Problem.inCell(path, sheet, row, column + 1, message, hint);
    }
}

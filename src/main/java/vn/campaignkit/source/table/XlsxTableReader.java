package vn.campaignkit.source.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;

/**
 * An Excel workbook ({@code .xlsx}, as Excel, LibreOffice Calc and Google Sheets save it) as one table per
 * visible sheet, read with fastexcel's streaming reader (the only class that uses it). What a cell shows is
 * what the table holds:
 * <ul>
 *   <li>text as typed; numbers as shown, never {@code 1.23E9} (a phone number stored as a number keeps its
 *       digits, but Excel has already dropped its leading 0); booleans as {@code true}/{@code false};</li>
 *   <li>numbers with a date format as {@code YYYY-MM-DD};</li>
 *   <li>formulas as their saved result; a formula saved without one, and error values such as {@code #REF!},
 *       are unreadable cells that say so;</li>
 *   <li>a merged range counts as its top-left cell repeated down each row it covers (a province merged over
 *       its schools belongs to every one of them); its other columns stay empty;</li>
 *   <li>hidden sheets are not read; hidden or filtered rows are read like the others.</li>
 * </ul>
 */
public final class XlsxTableReader implements TableReader {
    private static final String SAVE_AS_XLSX = "In Excel: File → Save As → Excel Workbook (*.xlsx)";

    @Override
    public List<Table> read(SourceFile file, Problems problems) {
        String path = file.path();
        if (isOldExcelFile(file)) {
            problems.add(path, 0, 0, "this is an old-format Excel file (.xls) or a password-protected workbook, not an .xlsx workbook",
                    SAVE_AS_XLSX + " without a password");
            return List.of();
        }
        List<Table> tables = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(file.file().toFile(), new ReadingOptions(true, false))) {
            for (Sheet sheet : book.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).toList()) {
                tables.add(table(file, book.isDate1904(), sheet));
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            problems.add(path, 0, 0, "the file cannot be read as an Excel workbook (" + firstLine(e) + ")", SAVE_AS_XLSX);
            return List.of();
        }
        if (tables.isEmpty()) {
            problems.add(path, 0, 0, "the workbook has no visible sheet", "unhide the sheet with the list");
        }
        return tables;
    }

    private static Table table(SourceFile file, boolean date1904, Sheet sheet) throws IOException, XMLStreamException {
        Map<Integer, List<Table.Cell>> rows = new TreeMap<>();
        try (var stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<Table.Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? Table.Cell.EMPTY : text(cell, date1904));
                }
                rows.put(row.getRowNum(), cells);
            }
        }
        for (XlsxMergedRanges.Range range : XlsxMergedRanges.of(file.file(), sheet.getId())) {
            Table.Cell first = cell(rows, range.firstRow(), range.firstColumn() - 1);
            for (int r = range.firstRow() + 1; r <= range.lastRow(); r++) {
                List<Table.Cell> cells = rows.computeIfAbsent(r, n -> new ArrayList<>());
                while (cells.size() < range.firstColumn()) {
                    cells.add(Table.Cell.EMPTY);
                }
                cells.set(range.firstColumn() - 1, first);
            }
        }
        List<Table.Row> table = new ArrayList<>();
        rows.forEach((n, cells) -> table.add(new Table.Row(n, cells)));
        return new Table(file.path(), sheet.getName(), false, table);
    }

    private static Table.Cell cell(Map<Integer, List<Table.Cell>> rows, int row, int column) {
        List<Table.Cell> cells = rows.get(row);
        return cells == null || column >= cells.size() ? Table.Cell.EMPTY : cells.get(column);
    }

    private static Table.Cell text(Cell cell, boolean date1904) {
        return switch (cell.getType()) {
            case STRING -> Table.Cell.of(String.valueOf(cell.getValue()));
            case BOOLEAN -> Table.Cell.of(Boolean.TRUE.equals(cell.getValue()) ? "true" : "false");
            case NUMBER -> number(cell, (BigDecimal) cell.getValue(), date1904);
            case FORMULA -> formulaResult(cell, date1904);
            case ERROR -> Table.Cell.unreadable("the cell shows the error " + cell.getValue(),
                    "correct the formula or type the value in the cell");
            case EMPTY -> Table.Cell.EMPTY;
        };
    }

    private static Table.Cell formulaResult(Cell cell, boolean date1904) {
        Object value = cell.getValue();
        if (value == null) {
            return Table.Cell.unreadable("the formula =" + cell.getFormula() + " was saved without its result",
                    "open the file in Excel or LibreOffice Calc and save it again, or paste the values instead of the formula");
        }
        if (value instanceof BigDecimal number) {
            return number(cell, number, date1904);
        }
        if (value instanceof Boolean b) {
            return Table.Cell.of(b ? "true" : "false");
        }
        return Table.Cell.of(value.toString());
    }

    private static Table.Cell number(Cell cell, BigDecimal number, boolean date1904) {
        if (SpreadsheetValues.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            return SpreadsheetValues.dateText(number, date1904).map(Table.Cell::of).orElseGet(() -> Table.Cell.unreadable(
                    "the cell is formatted as a date but holds " + SpreadsheetValues.numberText(number),
                    "type the date again, or format the cell as a number"));
        }
        return Table.Cell.of(SpreadsheetValues.numberText(number));
    }

    /** .xls files and encrypted .xlsx files are OLE2 containers, not zip packages. */
    private static boolean isOldExcelFile(SourceFile file) {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file.file())) {
            int n = in.readNBytes(head, 0, head.length);
            return n == head.length && ReadableWorkbook.isOLE2Header(head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}

package vn.campaignkit.source.table;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.TextDecoder;

/**
 * A CSV as a table, also as Excel saves one on Windows: UTF-8 with or without a BOM, CRLF line ends, and ';'
 * between values where the computer's list separator is ';' (Vietnamese and most European settings), told
 * apart by the first line. A file in Windows-1258 or another legacy encoding is refused with the exact steps
 * for saving it as UTF-8; it is never guessed at.
 */
public final class CsvTableReader implements TableReader {
    /** What to do with a CSV that is not UTF-8: Excel's menu path, or keep the workbook. */
    public static final String SAVE_AS_CSV_UTF8 = "In Excel: File → Save As → CSV UTF-8 (Comma delimited) (*.csv);"
            + " or keep the list as data/schools.xlsx, which is read directly";
    /** Jackson's streaming CSV parser, without the object mapper (a build never needs its hundreds of classes). */
    private static final CsvFactory CSV = new CsvFactory();

    @Override
    public List<Table> read(SourceFile file, Problems problems) {
        try {
            return read(file.path(), Files.readAllBytes(file.file()), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, from bytes already in memory (the editor's desk checks a table that is not saved yet). */
    public List<Table> read(String path, byte[] bytes, Problems problems) {
        Optional<String> text = TextDecoder.decode(path, bytes, problems, SAVE_AS_CSV_UTF8);
        if (text.isEmpty()) {
            return List.of();
        }
        List<Table.Row> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(text.get()));
        try (CsvParser parser = CSV.createParser(text.get())) {
            parser.setSchema(schema);
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t != JsonToken.START_ARRAY) {
                    continue;
                }
                JsonLocation at = parser.currentLocation();
                List<Table.Cell> cells = new ArrayList<>();
                for (t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    cells.add(Table.Cell.of(parser.getText()));
                }
                rows.add(new Table.Row(Math.max(at.getLineNr(), 1), List.copyOf(cells)));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(path, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "the CSV cannot be read: " + e.getOriginalMessage().lines().findFirst().orElse(""), "check the quotes on this line");
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(new Table(path, "", true, rows));
    }

    /** ';' when the first line has more semicolons than commas outside quotes (Excel with ';' as list separator). */
    public static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}

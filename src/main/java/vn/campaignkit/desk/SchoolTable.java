package vn.campaignkit.desk;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.source.table.CsvTableReader;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.schema.FieldSpec;

/**
 * {@code data/schools.csv} as the desk's table shows it: a header and rows of texts (read with ',' or, as Excel saves
 * with Vietnamese settings, ';' between values). Written back with commas and the CSV
 * library's quoting, one line per row (line breaks inside a cell become spaces), so row {@code i} is line
 * {@code i + 2} of the file and a problem's line finds its row.
 */
record SchoolTable(List<String> header, List<List<String>> rows, char separator) {
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);

    SchoolTable(List<String> header, List<List<String>> rows) {
        this(header, rows, ',');
    }

    SchoolTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** An empty table with the schema's columns, for a site that has no schools file yet. */
    static SchoolTable empty() {
        return new SchoolTable(ContentSchema.SCHOOL_ROW.stream().map(FieldSpec::key).toList(), List.of());
    }

    /** The table of a CSV text; empty when the CSV cannot be read (the raw file must be fixed first). */
    static Optional<SchoolTable> read(String text) {
        if (text.isBlank()) {
            return Optional.of(empty());
        }
        char separator = CsvTableReader.separator(text);
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .readValues(text)) {
            if (!lines.hasNextValue()) {
                return Optional.of(empty());
            }
            List<String> header = Arrays.stream(lines.nextValue()).map(String::strip).toList();
            List<List<String>> rows = new ArrayList<>();
            while (lines.hasNextValue()) {
                String[] row = lines.nextValue();
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                List<String> cells = new ArrayList<>(Arrays.asList(row));
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                rows.add(cells);
            }
            return Optional.of(new SchoolTable(header, rows, separator));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The CSV text: the header line, then one line per row, values separated by commas. */
    String csv() {
        StringWriter out = new StringWriter();
        try {
            var writer = CSV.writerFor(String[].class).with(CsvSchema.emptySchema().withLineSeparator("\n"));
            try (var sequence = writer.writeValues(out)) {
                sequence.write(header.toArray(String[]::new));
                for (List<String> row : rows) {
                    sequence.write(row.stream().map(c -> c == null ? "" : c.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '))
                            .toArray(String[]::new));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing CSV into memory cannot fail", e);
        }
        return out.toString();
    }
}

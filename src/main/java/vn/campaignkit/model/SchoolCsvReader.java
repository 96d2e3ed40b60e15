package vn.campaignkit.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.DidYouMean;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.TextDecoder;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.schema.FieldSpec;

/** Reads {@code data/schools.csv}: one school page per row, the same keys as a school file. */
final class SchoolCsvReader {
    static final List<String> COLUMNS = ContentSchema.SCHOOL_ROW.stream().map(FieldSpec::key).toList();
    private static final List<String> REQUIRED = ContentSchema.SCHOOL_ROW.stream().filter(FieldSpec::required).map(FieldSpec::key).toList();
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private SchoolCsvReader() {
    }

    static List<School> read(String path, byte[] bytes, Problems problems) {
        Optional<String> text = TextDecoder.decode(path, bytes, problems);
        if (text.isEmpty() || text.get().isBlank()) {
            return List.of();
        }
        List<School> schools = new ArrayList<>();
        try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(text.get())) {
            if (!rows.hasNextValue()) {
                return List.of();
            }
            List<String> header = Arrays.stream(rows.nextValue()).map(String::strip).toList();
            if (header.size() == 1 && header.get(0).contains(";")) {
                problems.add(path, 1, header.get(0).indexOf(';') + 1, "the columns are separated by ';', not ','",
                        "in Excel save as 'CSV UTF-8 (Comma delimited)', or replace ';' with ','");
                return List.of();
            }
            boolean ok = true;
            for (int c = 0; c < header.size(); c++) {
                if (!COLUMNS.contains(header.get(c))) {
                    String h = header.get(c);
                    problems.add(path, 1, c + 1, "unknown column '" + h + "'",
                            DidYouMean.closest(h, COLUMNS).map(k -> "did you mean '" + k + "'?").orElse("columns: " + String.join(", ", COLUMNS)));
                    ok = false;
                }
            }
            for (String r : REQUIRED) {
                if (!header.contains(r)) {
                    problems.add(path, 1, 1, "the column '" + r + "' is missing", "the first line names the columns: title,province,…");
                    ok = false;
                }
            }
            if (!ok) {
                return List.of();
            }
            while (rows.hasNextValue()) {
                JsonLocation at = rows.getCurrentLocation();
                String[] row = rows.nextValue();
                int line = Math.max(at.getLineNr(), 1);
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                if (row.length > header.size()) {
                    problems.add(path, line, 1, "this row has " + row.length + " values but the header has " + header.size(),
                            "put values containing ',' in double quotes");
                    continue;
                }
                SchoolRow.toSchool(path, line, header, row, problems).ifPresent(schools::add);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(path, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "the CSV cannot be read: " + e.getOriginalMessage().lines().findFirst().orElse(""), "check the quotes on this line");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return schools;
    }

}

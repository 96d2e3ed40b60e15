package vn.campaignkit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.table.CsvTableReader;
import vn.campaignkit.source.table.Table;
import vn.campaignkit.source.table.TableReader;

/**
 * A school list, {@code data/schools.csv} or {@code data/schools.xlsx}, read by the same rules whatever the
 * format:
 * <ul>
 *   <li>the list is the CSV, or the first visible sheet of the workbook; another visible sheet whose header
 *       names schools is a problem, never silently left out;</li>
 *   <li>the header row is the first row naming the title and the province (by key or Vietnamese heading, see
 *       {@link SchoolColumns}); title lines above it are skipped;</li>
 *   <li>a column whose heading names no key ("STT", "Ngày tham gia", "Số điện thoại") is not read, and nor is a
 *       column without a heading; a heading one letter off a key ("provnce") is an error with the key;</li>
 *   <li>a row whose school columns are all empty is skipped (an "STT" number alone makes no school);</li>
 *   <li>two rows that would be the same page are a problem at the second.</li>
 * </ul>
 */
final class SchoolListReader {
    private SchoolListReader() {
    }

    /** Whether a data file is a school list this reader reads. */
    static boolean reads(SourceFile file) {
        return file.path().equals("data/schools.csv") || file.path().equals("data/schools.xlsx");
    }

    static List<School> read(SourceFile file, Problems problems) {
        return read(file, Optional.empty(), problems);
    }

    /** The same, with the bytes of a CSV given (the editor's desk checks a list that is not saved yet). */
    static List<School> read(SourceFile file, Optional<byte[]> csvBytes, Problems problems) {
        TableReader reader = TableReader.forFile(file).orElseThrow(() -> new IllegalArgumentException(file.path()));
        List<Table> tables = csvBytes.isPresent() && reader instanceof CsvTableReader csv ? csv.read(file.path(), csvBytes.get(), problems)
                : reader.read(file, problems);
        if (tables.isEmpty()) {
            return List.of();
        }
        Table list = tables.get(0);
        for (Table other : tables.subList(1, tables.size())) {
            header(other).filter(h -> h.columns().containsKey("title") && h.columns().containsKey("province"))
                    .ifPresent(h -> problems.add(other.problem(h.row().number(), -1, "this sheet lists schools too, but only the"
                            + " first sheet, \"" + list.sheet() + "\", is read", "move these rows to the first sheet, under its header row")));
        }
        return schools(list, problems);
    }

    /** The header row and the column of each key it names. */
    private record Header(Table.Row row, Map<String, Integer> columns, List<Problem> problems) {
    }

    private static List<School> schools(Table table, Problems problems) {
        Optional<Header> found = header(table);
        if (found.isEmpty()) {
            return List.of();
        }
        Header header = found.get();
        header.problems().forEach(problems::add);
        boolean complete = true;
        for (String key : List.of("title", "province")) {
            if (!header.columns().containsKey(key)) {
                problems.add(table.problem(header.row().number(), -1, "the column " + SchoolColumns.describe(key) + " is missing",
                        "the header row names the columns: title,province,… or Tên trường, Tỉnh/Thành phố, …"));
                complete = false;
            }
        }
        if (!complete || !header.problems().isEmpty()) {
            return List.of();
        }
        List<School> schools = new ArrayList<>();
        Map<Route, Table.Row> pages = new HashMap<>();
        int width = header.row().cells().size();
        for (Table.Row row : table.rows()) {
            if (row.number() <= header.row().number() || header.columns().values().stream().allMatch(c -> row.cell(c).isBlank())) {
                continue;
            }
            if (table.delimited() && row.cells().size() > width && !row.cells().subList(width, row.cells().size()).stream()
                    .allMatch(Table.Cell::isBlank)) {
                problems.add(table.problem(row.number(), -1, "this row has " + row.cells().size() + " values but the header has "
                        + width, "put values that contain the separator (',' or ';') in double quotes"));
                continue;
            }
            if (unreadable(table, header, row, problems)) {
                continue;
            }
            Optional<School> school = SchoolRow.toSchool(values(table, header, row), problems);
            if (school.isPresent()) {
                Table.Row earlier = pages.putIfAbsent(school.get().route(), row);
                if (earlier == null) {
                    schools.add(school.get());
                } else {
                    problems.add(table.problem(row.number(), header.columns().get("title"), "the school \"" + school.get().title()
                            + "\" in " + school.get().province() + " is already on row " + earlier.number() + "; both would be the page "
                            + school.get().route().sitePath(), "tell them apart in the name (add the commune), or give one a 'slug' column value"));
                }
            }
        }
        return schools;
    }

    /** Error values and unsaved formulas in the columns that are read; in other columns they do not matter. */
    private static boolean unreadable(Table table, Header header, Table.Row row, Problems problems) {
        boolean any = false;
        for (int column : header.columns().values()) {
            Optional<Table.Unreadable> why = row.cell(column).unreadable();
            if (why.isPresent()) {
                problems.add(table.problem(row.number(), column, why.get().message(), why.get().hint()));
                any = true;
            }
        }
        return any;
    }

    private static Optional<Header> header(Table table) {
        Optional<Table.Row> first = table.rows().stream().filter(r -> !r.isBlank()).findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        for (Table.Row row : table.rows()) {
            Header h = header(table, row);
            if (h.columns().containsKey("title") && h.columns().containsKey("province")) {
                return Optional.of(h);
            }
        }
        return Optional.of(header(table, first.get()));
    }

    private static Header header(Table table, Table.Row row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String name = row.cell(c).text().strip();
            Optional<String> key = SchoolColumns.keyOf(name);
            if (key.isPresent()) {
                Integer earlier = columns.putIfAbsent(key.get(), c);
                if (earlier != null) {
                    problems.add(table.problem(row.number(), c, "the columns \"" + row.cell(earlier).text().strip() + "\" and \"" + name
                            + "\" both give " + SchoolColumns.describe(key.get()), "keep one of them, or rename the other"));
                }
            } else {
                Optional<String> near = SchoolColumns.misspelt(name);
                if (near.isPresent()) {
                    problems.add(table.problem(row.number(), c, "unknown column '" + name + "'",
                            "did you mean " + SchoolColumns.describe(near.get()) + "?"));
                }
            }
        }
        return new Header(row, columns, problems);
    }

    private static SchoolRow.Values values(Table table, Header header, Table.Row row) {
        return new SchoolRow.Values() {
            @Override
            public String path() {
                return table.path();
            }

            @Override
            public int line() {
                return row.number();
            }

            @Override
            public Optional<String> get(String key) {
                Integer c = header.columns().get(key);
                return c == null ? Optional.empty() : SchoolRow.nonBlank(row.cell(c).text());
            }

            @Override
            public Problem problem(String key, String message, String hint) {
                return table.problem(row.number(), header.columns().getOrDefault(key, -1), message, hint);
            }
        };
    }
}

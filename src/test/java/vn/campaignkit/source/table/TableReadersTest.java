package vn.campaignkit.source.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;

/** Both readers yield the same rows: every cell of the LibreOffice workbook equals the CSV LibreOffice made of it. */
class TableReadersTest {
    @TempDir
    Path dir;

    private List<Table> read(String name, String sitePath) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/schools/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        SourceFile source = new SourceFile(sitePath, file);
        Problems problems = new Problems();
        List<Table> tables = TableReader.forFile(source).orElseThrow().read(source, problems);
        assertThat(problems.sorted()).isEmpty();
        return tables;
    }

    private static List<List<String>> texts(Table table) {
        return table.rows().stream().map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList();
    }

    @Test
    void everyCellOfTheWorkbookReadsAsLibreOfficeShowsIt() throws IOException {
        List<Table> workbook = read("schools-calc.xlsx", "data/schools.xlsx");
        List<Table> csv = read("schools-calc.csv", "data/schools.csv");

        assertThat(workbook).singleElement().extracting(Table::sheet).isEqualTo("schools");
        assertThat(csv).singleElement().extracting(Table::sheet).isEqualTo("");
        assertThat(texts(workbook.get(0))).hasSize(61).isEqualTo(texts(csv.get(0)));
        assertThat(texts(workbook.get(0)).get(1)).containsExactly("1", "Trường Tiểu học Ngô Quyền", "Tiểu học", "Nghệ An",
                "Phường Bến Nghé", "38 đường Tân Thành", "2025-10-09");
        assertThat(workbook.get(0).rows().get(60).number()).isEqualTo(61);
    }

    @Test
    void mergedRangesRepeatTheirFirstCellDownAndHiddenSheetsAreNotRead() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.hiddenSheet("Ẩn").row(1, "bí mật");
        book.sheet("Một").row(1, "a", "b", "c").row(2, "Hà Nội", "x", "y").merge("A2:A4").merge("B2:C2").row(3, "", "z");
        book.sheet("Hai").row(1, "khác");
        Path file = Files.write(dir.resolve("b.xlsx"), book.bytes());
        List<Table> tables = new XlsxTableReader().read(new SourceFile("data/schools.xlsx", file), new Problems());

        assertThat(tables).extracting(Table::sheet).containsExactly("Một", "Hai");
        assertThat(texts(tables.get(0))).containsExactly(List.of("a", "b", "c"), List.of("Hà Nội", "x", "y"),
                List.of("Hà Nội", "z"), List.of("Hà Nội"));
    }

    @Test
    void semicolonsSeparateWhenTheHeaderLineHasMoreOfThemThanCommas() {
        assertThat(CsvTableReader.separator("title;province;address\n\"1, Lê Lợi\"")).isEqualTo(';');
        assertThat(CsvTableReader.separator("title,province,address\nx;y")).isEqualTo(',');
        assertThat(CsvTableReader.separator("\"Tên; trường\",province\n")).isEqualTo(',');
        assertThat(CsvTableReader.separator("title\n")).isEqualTo(',');
    }
}

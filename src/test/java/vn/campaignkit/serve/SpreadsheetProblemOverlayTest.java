package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.problem.Problem;

/** The preview's problem box names a spreadsheet's cell as the command line does, and quotes no "lines" of a workbook. */
class SpreadsheetProblemOverlayTest {
    @Test
    void aCellProblemIsShownByItsCellWithoutLines(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("data"));
        Files.write(site.resolve("data/schools.xlsx"), "PK\u0003\u0004 not text\nline 2\nline 3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Problem cell = Problem.inCell("data/schools.xlsx", "Sheet1", 3, 2, "this row has no title", "every school needs its name");
        Problem row = new Problem("data/schools.xlsx", 2, 1, "province \"Hà nội\" is written \"Hà Nội\" elsewhere", "");
        List<ProblemExcerpt> excerpts = ProblemExcerpt.of(site, List.of(cell, row));

        assertThat(excerpts).allSatisfy(e -> assertThat(e.lines()).isEmpty());
        String json = JsonText.state(1, excerpts, 2, List.of());
        assertThat(json).contains("\"where\":\"data/schools.xlsx: Sheet1!B3\"", "\"where\":\"data/schools.xlsx: row 2\"");
    }
}

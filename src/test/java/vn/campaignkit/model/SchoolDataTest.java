package vn.campaignkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.site.BuiltSite;
import vn.campaignkit.source.table.TestWorkbook;
import vn.campaignkit.testsite.MicroSite;

/** Schools come from files, data/schools.csv, data/schools.xlsx and data/schools.yaml alike. */
class SchoolDataTest {

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void yamlSchoolListBecomesSchoolPagesGroupedByProvince(@TempDir Path site) throws IOException {
        write(site.resolve("content/index.md"), "---\ntitle: Trang chủ\n---\nXin chào\n");
        write(site.resolve("data/schools.yaml"), "schools:\n  - title: \"Trường THCS Mẫu Lê Lợi\"\n    province: Huế\n    sample: true\n"
                + "  - title: \"Trường Tiểu học Mẫu Hòa Bình\"\n    province: Huế\n    tags: [truonghoc]\n");
        BuiltSite.Result r = BuiltSite.build(site, site.resolve("output"), "--now", "2025-10-20");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(site.resolve("output/schools/hue/truong-thcs-mau-le-loi/index.html")).isRegularFile();
        assertThat(Files.readString(site.resolve("output/schools/hue/index.html"))).contains("Trường Tiểu học Mẫu Hòa Bình", "Trang mẫu");
        assertThat(site.resolve("output/hashtags/truonghoc/index.html")).isRegularFile();
    }

    @Test
    void misspeltYamlKeyIsReportedWithItsLine(@TempDir Path site) throws IOException {
        write(site.resolve("data/schools.yaml"), "schools:\n  - title: \"Trường Mẫu\"\n    provnce: Huế\n");
        BuiltSite.Result r = BuiltSite.run("check", "--source", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("data/schools.yaml:3:5: error: unknown key 'provnce' for a school (hint: did you mean 'province'?");
    }

    @Test
    void aWorkbookOfSchoolsBuildsTheirPagesAndExcelsLockFileIsIgnored(@TempDir Path dir) throws IOException {
        MicroSite site = MicroSite.in(dir);
        try (var in = getClass().getResourceAsStream("/schools/schools-calc.xlsx")) {
            site.writeBytes("data/schools.xlsx", in.readAllBytes());
        }
        site.writeBytes("data/~$schools.xlsx", new byte[] {1, 2, 3});
        site.build().succeeds();
        assertThat(site.page("schools/nghe-an/truong-tieu-hoc-ngo-quyen/").text())
                .contains("Trường Tiểu học Ngô Quyền", "Phường Bến Nghé", "38 đường Tân Thành", "Tiểu học");
        assertThat(site.page("schools/nghe-an/").select("a[href*=truong-tieu-hoc-ngo-quyen/]")).isNotEmpty();
    }

    @Test
    void problemsInAWorkbookNameTheCellOrTheRow(@TempDir Path dir) throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet("Sheet1").row(1, "Tên trường", "Tỉnh/Thành phố", "Địa chỉ")
                .row(2, "Trường THCS Lê Lợi", "Hà Nội").error("C2", "#VALUE!")
                .row(3, "Trường THCS Kim Đồng", "Hà nội")
                .row(4, "Trường THCS Nguyễn Du", "Huế")
                .row(5, "Trường THCS Chu Văn An", "Hà Nội");
        MicroSite site = MicroSite.in(dir).writeBytes("data/schools.xlsx", book.bytes())
                .write("content/schools/hue/truong-thcs-nguyen-du.md", "---\ntitle: Trường THCS Nguyễn Du\nprovince: Huế\n---\n");
        site.check().failsWithProblems()
                .reports("data/schools.xlsx: Sheet1!C2", "the cell shows the error #VALUE!")
                .reports("data/schools.xlsx: row 3", "province \"Hà nội\" is written \"Hà Nội\" elsewhere")
                .reports("data/schools.xlsx: row 4", "schools/hue/truong-thcs-nguyen-du/index.html");
        assertThat(site.check().errors()).noneMatch(l -> l.matches("data/schools\\.xlsx:\\d.*"));
    }

    @Test
    void listsInOtherSpreadsheetFormatsAreRefusedWithHowToSaveThemAsXlsx(@TempDir Path dir) {
        MicroSite site = MicroSite.in(dir).writeBytes("data/schools.ods", new byte[] {0x50, 0x4B, 3, 4});
        site.check().failsWithProblems().reports("data/schools.ods:1:1", "school lists are read from .xlsx workbooks, not .ods",
                "save it as data/schools.xlsx");
    }
}

package vn.campaignkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.site.BuiltSite;

/** Schools come from files, data/schools.csv and data/schools.yaml alike. */
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
}

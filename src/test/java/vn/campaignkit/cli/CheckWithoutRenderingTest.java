package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/**
 * {@code check} lays derived files out without drawing them (DeriveJob.check) and still finds every kind of
 * problem the full build finds: text too long for a print, a glyph a frame's font lacks, an image that does not
 * decode, a QR payload that cannot be scanned, a school whose name makes its per-school copy overflow.
 */
class CheckWithoutRenderingTest {
    private static final String BASE = "https://khongmotminh.example.org/";
    private static final String LONG_NAME = "Trường Trung học cơ sở và Trung học phổ thông Nguyễn Văn Một Hai Ba Bốn Năm Sáu Bảy"
            + " Tám Chín Mười Mười Một Mười Hai Mười Ba Mười Bốn Mười Lăm Mười Sáu Mười Bảy Mười Tám";

    private static MicroSite siteWithEveryKindOfProblem(Path dir) {
        return MicroSite.in(dir)
                .write("content/print/qua-dai.md", "---\ntitle: \"Quá dài\"\nformat: bookmark\nqr: /\n---\n"
                        + "Một câu dài để thử khung chữ của bookmark. ".repeat(60) + "\n")
                .write("content/print/qr-dai.md", "---\ntitle: \"QR dày\"\nformat: bookmark\nqr: " + BASE
                        + "rat-dai/".repeat(40) + "\n---\nNội dung.\n")
                .write("content/print/anh-hong.md", "---\ntitle: \"Ảnh hỏng\"\nformat: poster-a4\nimage: assets/print/hong.png\n---\n"
                        + "Nội dung.\n")
                .writeBytes("assets/print/hong.png", "this is not a picture".getBytes(StandardCharsets.US_ASCII))
                .write("content/print/ap-phich-truong.md", "---\ntitle: \"Áp phích trường\"\nformat: poster-a4\nper_school: true\n---\n"
                        + "Nội dung.\n")
                .write("data/schools.csv", "title,province,level\nTrường THCS Ngắn,Hà Nội,THCS\n"
                        + (LONG_NAME + " " + LONG_NAME) + ",Hà Nội,THCS\n")
                .write("content/frames/ngoi-sao.md", "---\ntitle: \"Khung ngôi sao\"\nstyle: ring\ntop_text: \"KHÔNG MỘT MÌNH ★\"\n---\n");
    }

    @Test
    void checkReportsEachKindOfProblemAtItsSource(@TempDir Path dir) {
        MicroSite.Run check = siteWithEveryKindOfProblem(dir).check("--base-url", BASE).failsWithProblems();
        check.reports("content/print/qua-dai.md:6:1", "the body text does not fit")
                .reports("content/print/qr-dai.md:4:", "would not scan")
                .reports("content/print/anh-hong.md:4:", "cannot be read")
                .reports("data/schools.csv:3:", "the school's name does not fit on the office A4 PDF of each school")
                .reports("content/frames/ngoi-sao.md:4:", "U+2605");
    }

    @Test
    void checkFindsExactlyWhatTheFullBuildFindsAndWritesNothing(@TempDir Path dir) throws Exception {
        // without the frame's problem, which stops a build before any image or PDF is drawn
        MicroSite site = siteWithEveryKindOfProblem(dir);
        java.nio.file.Files.delete(dir.resolve("content/frames/ngoi-sao.md"));
        MicroSite.Run check = site.check("--base-url", BASE).failsWithProblems();
        assertThat(site.output()).doesNotExist();
        MicroSite.Run build = site.buildEverything("--base-url", BASE).failsWithProblems();
        assertThat(check.errors()).hasSize(8).isEqualTo(build.errors());
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void aCleanSiteWithEveryDerivedKindChecksClean(@TempDir Path dir) {
        MicroSite.in(dir)
                .write("content/print/ap-phich.md", "---\ntitle: \"Áp phích\"\nformat: poster-a4\nqr: /\nper_school: true\n---\nNội dung.\n")
                .write("data/schools.csv", "title,province,level\nTrường THCS Ngắn,Hà Nội,THCS\n")
                .write("content/frames/vong.md", "---\ntitle: \"Khung vòng\"\nstyle: ring\ntop_text: \"KHÔNG MỘT MÌNH\"\nper_school: true\n---\n")
                .check("--base-url", BASE).succeeds();
    }
}

package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;

/** Each preflight error fails the build with a problem naming the file and line that caused it; nothing is cut silently. */
class PreflightTest {
    private final PrintableRenderer renderer = new PrintableRenderer(PrintFixtures.fonts(), PrintFixtures.site());

    @Test
    void aCharacterMissingFromTheFontIsReportedWhereItIsWritten() {
        List<Problem> problems = renderProblems("""
                ---
                title: "Ký tự lạ"
                format: poster-a4
                headline: "An toàn ☃ trên mạng"
                ---
                Nội dung.
                """, Variant.PRINT_SHOP);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("content/print/fixture.md");
            assertThat(p.line()).isEqualTo(4);
            // the column of the snowman, counted from the opening quote (YAML reports where the value starts)
            assertThat(p.col()).isBetween(19, 20);
            assertThat(p.message()).contains("U+2603", "not in the print font");
        });
    }

    @Test
    void aQrCodeBelowTheFormatsMinimumIsReported() {
        List<Problem> problems = renderProblems("""
                ---
                title: "QR nhỏ"
                format: poster-a3
                qr: /
                qr_size: 30
                ---
                Nội dung.
                """, Variant.PRINT_SHOP);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("30 mm", "below the 60 mm");
        });
    }

    @Test
    void aQrCodeTooDenseToScanIsReported() {
        String longUrl = "https://khongmotminh.example.org/" + "rat-dai/".repeat(40);
        List<Problem> problems = renderProblems("""
                ---
                title: "QR dày"
                format: bookmark
                qr: %s
                ---
                Nội dung.
                """.formatted(longUrl), Variant.PRINT_SHOP);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("would not scan", "mm");
        });
    }

    @Test
    void textThatDoesNotFitItsBoxIsReportedNeverCut() {
        String tooLong = "Đây là một câu rất dài để thử xem chữ có vừa khung hay không. ".repeat(40);
        List<Problem> problems = renderProblems("""
                ---
                title: "Quá dài"
                format: bookmark
                ---

                %s
                """.formatted(tooLong), Variant.PRINT_SHOP);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("the body text does not fit", "mm");
            assertThat(p.hint()).contains("never cut off");
        });
    }

    @Test
    void aSchoolNameTooLongIsReportedAtTheSchoolsRow() {
        Printable p = PrintFixtures.defaultPrintable("bookmark");
        Problems problems = new Problems();
        Optional<byte[]> pdf = renderer.render(p, Variant.SHEET,
                Optional.of(PrintFixtures.school("Trường Trung học cơ sở và Trung học phổ thông Nguyễn Văn Một Hai Ba Bốn Năm Sáu Bảy Tám Chín Mười Mười Một Mười Hai Mười Ba Mười Bốn Mười Lăm Mười Sáu")),
                problems);
        assertThat(pdf).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(pr -> {
            assertThat(pr.path()).isEqualTo("data/schools.csv");
            assertThat(pr.line()).isEqualTo(7);
            assertThat(pr.message()).contains("the school's name does not fit");
        });
    }

    @Test
    void anImageBelow300DpiIsReported() throws Exception {
        Path dir = Files.createTempDirectory("print-image");
        Files.createDirectories(dir.resolve("assets"));
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("assets/anh-nho.png").toFile());
        ImageIO.write(new BufferedImage(2400, 1000, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("assets/anh-lon.png").toFile());
        String md = """
                ---
                title: "Ảnh"
                format: poster-a4
                image: assets/%s
                ---
                Nội dung.
                """;
        Problems problems = new Problems();
        Printable small = PrintFixtures.printable("anh", md.formatted("anh-nho.png"), problems, Optional.empty(), dir).orElseThrow();
        Printable large = PrintFixtures.printable("anh", md.formatted("anh-lon.png"), problems, Optional.empty(), dir).orElseThrow();
        assertThat(renderer.render(large, Variant.PRINT_SHOP, Optional.empty(), problems)).isPresent();
        assertThat(problems.sorted()).isEmpty();
        assertThat(renderer.render(small, Variant.PRINT_SHOP, Optional.empty(), problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("dpi", "below 300 dpi");
            assertThat(p.hint()).contains("pixels wide");
        });
    }

    @Test
    void aPledgeWallWithoutThePledgeOfTheSiteIsReported() {
        PrintSite base = PrintFixtures.site();
        PrintSite noPledge = new PrintSite(base.title(), base.tagline(), base.hashtags(), base.hotline(), base.palette(),
                Optional.empty(), base.tips(), base.stamp());
        Problems problems = new Problems();
        Optional<byte[]> pdf = new PrintableRenderer(PrintFixtures.fonts(), noPledge)
                .render(PrintFixtures.defaultPrintable("buc-tuong-an-toan-so"), Variant.PRINT_SHOP, Optional.empty(), problems);
        assertThat(pdf).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("content/print/buc-tuong-an-toan-so.md");
            assertThat(p.message()).contains("needs the site's pledge");
            assertThat(p.hint()).contains("site.yaml");
        });
    }

    @Test
    void aDesignProblemOfPerSchoolCopiesIsReportedOnceNotOncePerSchool() {
        Problems problems = new Problems();
        Printable p = PrintFixtures.printable("fixture", """
                ---
                title: "Quá dài"
                format: bookmark
                per_school: true
                ---
                %s
                """.formatted("Một câu dài để thử khung chữ của bookmark. ".repeat(60)), problems).orElseThrow();
        for (String name : List.of("Trường A", "Trường B", "Trường C")) {
            assertThat(renderer.render(p, Variant.SHEET, Optional.of(PrintFixtures.school(name)), problems)).isEmpty();
        }
        assertThat(problems.sorted()).singleElement().satisfies(pr -> assertThat(pr.message()).contains("of each school"));
    }

    private List<Problem> renderProblems(String markdown, Variant variant) {
        Problems problems = new Problems();
        Printable p = PrintFixtures.printable("fixture", markdown, problems).orElseThrow();
        assertThat(problems.sorted()).as("the fixture itself reads").isEmpty();
        Optional<byte[]> pdf = renderer.render(p, variant, Optional.empty(), problems);
        assertThat(pdf).isEmpty();
        return problems.sorted();
    }
}

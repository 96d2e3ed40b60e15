package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;

/** QR codes are vector paths that ZXing decodes from the rendered page to the right URL, at the format's minimum size or more. */
class QrCodeTest {
    private final PrintableRenderer renderer = new PrintableRenderer(PrintFixtures.fonts(), PrintFixtures.site());

    @Test
    void posterQrDecodesToTheSitePathUnderBaseUrl() throws Exception {
        Printable p = PrintFixtures.defaultPrintable("ap-phich-a3-cuoc-goi-cong-an");
        assertThat(decode(p, Variant.PRINT_SHOP, Optional.empty(), 0, 150))
                .isEqualTo(PrintFixtures.BASE_URL + "tips/cong-an-that-khong-bao-gio/");
        assertThat(decode(p, Variant.OFFICE, Optional.empty(), 0, 150)).isEqualTo(PrintFixtures.BASE_URL + "tips/cong-an-that-khong-bao-gio/");
    }

    @Test
    void perSchoolCopiesPointToTheSchoolsPage() throws Exception {
        SchoolStamp school = PrintFixtures.school("Trường THCS Ngô Quyền");
        assertThat(decode(PrintFixtures.defaultPrintable("ap-phich-a4"), Variant.PRINT_SHOP, Optional.of(school), 0, 150)).isEqualTo(school.url());
        assertThat(decode(PrintFixtures.defaultPrintable("bookmark"), Variant.PRINT_SHOP, Optional.of(school), 1, 400)).isEqualTo(school.url());
    }

    @Test
    void aLogoRaisesErrorCorrectionAndStillDecodes() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("qr-logo");
        BufferedImage logo = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        var g = logo.createGraphics();
        g.setColor(new java.awt.Color(0x0b5cad));
        g.fillOval(0, 0, 400, 400);
        g.dispose();
        javax.imageio.ImageIO.write(logo, "png", dir.resolve("logo.png").toFile());
        Problems problems = new Problems();
        Printable p = PrintFixtures.printable("logo", """
                ---
                title: "Có logo"
                format: poster-a4
                qr: https://tongdai111.vn/
                qr_logo: logo.png
                ---
                Nội dung.
                """, problems, Optional.of(PrintFixtures.BASE_URL), dir).orElseThrow();
        assertThat(problems.sorted()).isEmpty();
        assertThat(QrSymbol.encode("https://tongdai111.vn/", true).orElseThrow().errorCorrection()).isEqualTo('H');
        assertThat(QrSymbol.encode("https://tongdai111.vn/", false).orElseThrow().errorCorrection()).isEqualTo('M');
        assertThat(decode(p, Variant.PRINT_SHOP, Optional.empty(), 0, 150)).isEqualTo("https://tongdai111.vn/");
    }

    @Test
    void qrIsDrawnAsVectorsNotAsAnImage() throws Exception {
        Problems problems = new Problems();
        byte[] pdf = renderer.render(PrintFixtures.defaultPrintable("ap-phich-a4"), Variant.PRINT_SHOP, Optional.empty(), problems).orElseThrow();
        try (PDDocument doc = PdfInspection.load(pdf)) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    private String decode(Printable p, Variant v, Optional<SchoolStamp> school, int page, float dpi) throws Exception {
        Problems problems = new Problems();
        byte[] pdf = renderer.render(p, v, school, problems).orElseThrow();
        assertThat(problems.sorted()).isEmpty();
        try (PDDocument doc = PdfInspection.load(pdf)) {
            return PdfInspection.decodeQr(PdfInspection.render(doc, page, dpi));
        }
    }
}

package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;

/** Fonts are embedded Be Vietnam Pro subsets, the text reads back exactly as written, and stays 5 mm inside the trim. */
class FontsAndTextTest {
    private final PrintableRenderer renderer = new PrintableRenderer(PrintFixtures.fonts(), PrintFixtures.site());

    @Test
    void everyFontIsAnEmbeddedSubsetOfBeVietnamPro() throws Exception {
        for (String slug : PrintFixtures.defaultSlugs()) {
            try (PDDocument doc = PdfInspection.load(render(PrintFixtures.defaultPrintable(slug), Variant.PRINT_SHOP, Optional.empty()))) {
                int fonts = 0;
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(slug + " " + font.getName()).isTrue();
                        assertThat(font.getName()).matches("[A-Z]{6}\\+BeVietnamPro-.*");
                        fonts++;
                    }
                }
                assertThat(fonts).as(slug).isPositive();
            }
        }
    }

    /** The words of content/print/ap-phich-a4.md and bookmark.md, written here as a reader sees them. */
    @Test
    void extractedTextEqualsTheSourceInNfc() throws Exception {
        SchoolStamp school = PrintFixtures.school("Trường THCS Ngô Quyền");
        try (PDDocument doc = PdfInspection.load(render(PrintFixtures.defaultPrintable("ap-phich-a4"), Variant.PRINT_SHOP, Optional.of(school)))) {
            assertThat(PdfInspection.text(doc)).contains(
                    "Gặp chuyện trên mạng? Bạn không một mình.",
                    "Bị dọa nạt, bị dụ đi gặp người lạ, bị bắt giữ bí mật? Đó là lúc cần nói ra ngay, không phải lúc im lặng.",
                    "Dừng trò chuyện, không làm theo yêu cầu.",
                    "Kể ngay với bố mẹ, thầy cô hoặc người lớn tin cậy.",
                    "Gọi 111 để được lắng nghe, 113 khi gặp nguy hiểm.",
                    "Trường THCS Ngô Quyền", "#khongmotminh #antoantructuyen #niemtinso");
        }
        try (PDDocument doc = PdfInspection.load(render(PrintFixtures.defaultPrintable("bookmark"), Variant.PRINT_SHOP, Optional.empty()))) {
            assertThat(PdfInspection.text(doc)).contains(
                    "Bạn không một mình trên mạng",
                    "Ai bắt bạn giữ bí mật với bố mẹ, thầy cô là dấu hiệu nguy hiểm.",
                    "Hãy nói ra sớm: người lớn luôn sẵn sàng ở bên bạn.",
                    "Ba thứ không bao giờ gửi cho người lạ:", "Tiền", "Mã OTP", "Hình ảnh riêng tư",
                    "Quét mã để đọc thêm mẹo an toàn.");
        }
    }

    @Test
    void everyHotlineAndHashtagIsOnEveryPrintable() throws Exception {
        for (String slug : PrintFixtures.defaultSlugs()) {
            for (Variant v : PrintableRenderer.variants(PrintFixtures.defaultPrintable(slug).format())) {
                try (PDDocument doc = PdfInspection.load(render(PrintFixtures.defaultPrintable(slug), v, Optional.empty()))) {
                    // PDFBox splits turned text (bookmark sheets) with stray spaces, so compare without white space
                    assertThat(PdfInspection.text(doc).replace(" ", "")).as(slug + " " + v)
                            .contains("111", "#khongmotminh", "#antoantructuyen", "#niemtinso");
                }
            }
        }
    }

    @Test
    void textStaysAtLeastFiveMillimetresInsideTheTrim() throws Exception {
        for (String slug : PrintFixtures.defaultSlugs()) {
            Printable p = PrintFixtures.defaultPrintable(slug);
            try (PDDocument doc = PdfInspection.load(render(p, Variant.PRINT_SHOP, p.perSchool()
                    ? Optional.of(PrintFixtures.school("Trường THCS Ngô Quyền")) : Optional.empty()))) {
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    var trim = doc.getPage(i).getTrimBox();
                    float safe = 5 * PdfInspection.MM;
                    for (float[] g : PdfInspection.glyphBoxes(doc, i)) {
                        assertThat(g[0]).as(slug + " left").isGreaterThanOrEqualTo(trim.getLowerLeftX() + safe);
                        assertThat(g[2]).as(slug + " right").isLessThanOrEqualTo(trim.getUpperRightX() - safe);
                        assertThat(g[1]).as(slug + " bottom").isGreaterThanOrEqualTo(trim.getLowerLeftY() + safe);
                        assertThat(g[3]).as(slug + " top").isLessThanOrEqualTo(trim.getUpperRightY() - safe);
                    }
                }
            }
        }
    }

    private byte[] render(Printable p, Variant v, Optional<SchoolStamp> school) {
        Problems problems = new Problems();
        Optional<byte[]> pdf = renderer.render(p, v, school, problems);
        assertThat(problems.sorted()).isEmpty();
        return pdf.orElseThrow();
    }
}

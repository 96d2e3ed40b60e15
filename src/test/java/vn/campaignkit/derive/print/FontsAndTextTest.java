package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import vn.campaignkit.model.print.PrintBlock;
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

    @Test
    void extractedTextEqualsTheSourceInNfc() throws Exception {
        Printable poster = PrintFixtures.defaultPrintable("ap-phich-a4");
        SchoolStamp school = PrintFixtures.school("Trường THCS Ngô Quyền");
        try (PDDocument doc = PdfInspection.load(render(poster, Variant.PRINT_SHOP, Optional.of(school)))) {
            String text = PdfInspection.text(doc);
            assertThat(text).contains(PdfInspection.squash(poster.headline().text()));
            for (PrintBlock b : poster.body()) {
                assertThat(text).contains(PdfInspection.squash(b.plainText()));
            }
            assertThat(text).contains("Trường THCS Ngô Quyền", "111", "#khongmotminh #antoantructuyen #niemtinso");
        }
        Printable bookmark = PrintFixtures.defaultPrintable("bookmark");
        try (PDDocument doc = PdfInspection.load(render(bookmark, Variant.PRINT_SHOP, Optional.empty()))) {
            String text = PdfInspection.text(doc);
            for (PrintBlock b : bookmark.back()) {
                assertThat(text).contains(PdfInspection.squash(b.plainText()));
            }
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

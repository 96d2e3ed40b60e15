package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.campaignkit.model.print.PrintFormat;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;

/** Print-shop PDFs carry exact TrimBox, BleedBox (3 mm, 10 mm for the standee) and a MediaBox with room for marks; office PDFs are plain A4. */
class PageBoxesTest {
    private final PrintableRenderer renderer = new PrintableRenderer(PrintFixtures.fonts(), PrintFixtures.site());

    @Test
    void printShopPdfsHaveTrimAndBleedOfTheirFormat() {
        for (String slug : PrintFixtures.defaultSlugs()) {
            Printable p = PrintFixtures.defaultPrintable(slug);
            PrintFormat f = p.format();
            try (PDDocument doc = PdfInspection.load(render(p, Variant.PRINT_SHOP))) {
                for (PDPage page : doc.getPages()) {
                    PDRectangle trim = page.getTrimBox();
                    PDRectangle bleed = page.getBleedBox();
                    PDRectangle media = page.getMediaBox();
                    assertThat(PdfInspection.mm(trim.getWidth())).as(slug).isCloseTo(f.widthMm(), within(0.05));
                    assertThat(PdfInspection.mm(trim.getHeight())).as(slug).isCloseTo(f.heightMm(), within(0.05));
                    assertThat(PdfInspection.mm(trim.getLowerLeftX() - bleed.getLowerLeftX())).isCloseTo(f.bleedMm(), within(0.05));
                    assertThat(PdfInspection.mm(bleed.getUpperRightY() - trim.getUpperRightY())).isCloseTo(f.bleedMm(), within(0.05));
                    assertThat(PdfInspection.mm(bleed.getLowerLeftX() - media.getLowerLeftX())).as("room for crop marks").isGreaterThanOrEqualTo(7.9);
                    assertThat(PdfInspection.mm(media.getUpperRightX() - bleed.getUpperRightX())).isGreaterThanOrEqualTo(7.9);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(PrintFormat.STANDEE.bleedMm()).isEqualTo(10);
    }

    @Test
    void officePdfsArePlainA4WithoutBleed() throws Exception {
        for (String slug : PrintFixtures.defaultSlugs()) {
            Printable p = PrintFixtures.defaultPrintable(slug);
            try (PDDocument doc = PdfInspection.load(render(p, Variant.OFFICE))) {
                for (PDPage page : doc.getPages()) {
                    assertThat(PdfInspection.mm(page.getMediaBox().getWidth())).isCloseTo(210, within(0.05));
                    assertThat(PdfInspection.mm(page.getMediaBox().getHeight())).isCloseTo(297, within(0.05));
                    assertThat(page.getTrimBox().getCOSArray().toString()).isEqualTo(page.getMediaBox().getCOSArray().toString());
                    assertThat(page.getBleedBox().getCOSArray().toString()).isEqualTo(page.getMediaBox().getCOSArray().toString());
                }
            }
        }
    }

    @Test
    void singleBookmarkHasAFrontAndABackPage() throws Exception {
        try (PDDocument doc = PdfInspection.load(render(PrintFixtures.defaultPrintable("bookmark"), Variant.PRINT_SHOP))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
    }

    private byte[] render(Printable p, Variant v) {
        Problems problems = new Problems();
        Optional<byte[]> pdf = renderer.render(p, v, Optional.empty(), problems);
        assertThat(problems.sorted()).isEmpty();
        return pdf.orElseThrow();
    }
}

package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;

/** Print-shop PDFs carry exact TrimBox, BleedBox (3 mm, 10 mm for the standee) and a MediaBox with room for marks; office PDFs are plain A4. */
class PageBoxesTest {
    private final PrintableRenderer renderer = new PrintableRenderer(PrintFixtures.fonts(), PrintFixtures.site());

    /** Trim width and height and bleed in mm of each default printable, as a print shop quotes them. */
    private static final Map<String, double[]> TRIM_AND_BLEED = Map.of(
            "ap-phich-a4", new double[] {210, 297, 3},
            "ap-phich-a3-cuoc-goi-cong-an", new double[] {297, 420, 3},
            "bookmark", new double[] {50, 150, 3},
            "to-sticker", new double[] {210, 297, 3},
            "standee", new double[] {800, 2000, 10},
            "buc-tuong-an-toan-so", new double[] {594, 841, 3},
            "meo-nhanh", new double[] {297, 420, 3});

    @Test
    void printShopPdfsHaveTrimAndBleedOfTheirFormat() {
        assertThat(PrintFixtures.defaultSlugs()).as("every default printable has its sizes written here")
                .containsExactlyInAnyOrderElementsOf(TRIM_AND_BLEED.keySet());
        for (String slug : PrintFixtures.defaultSlugs()) {
            Printable p = PrintFixtures.defaultPrintable(slug);
            double[] expected = TRIM_AND_BLEED.get(slug);
            try (PDDocument doc = PdfInspection.load(render(p, Variant.PRINT_SHOP))) {
                for (PDPage page : doc.getPages()) {
                    PDRectangle trim = page.getTrimBox();
                    PDRectangle bleed = page.getBleedBox();
                    PDRectangle media = page.getMediaBox();
                    assertThat(PdfInspection.mm(trim.getWidth())).as(slug + " trim width").isCloseTo(expected[0], within(0.05));
                    assertThat(PdfInspection.mm(trim.getHeight())).as(slug + " trim height").isCloseTo(expected[1], within(0.05));
                    assertThat(PdfInspection.mm(trim.getLowerLeftX() - bleed.getLowerLeftX())).as(slug + " bleed").isCloseTo(expected[2], within(0.05));
                    assertThat(PdfInspection.mm(bleed.getUpperRightY() - trim.getUpperRightY())).as(slug + " bleed").isCloseTo(expected[2], within(0.05));
                    assertThat(PdfInspection.mm(bleed.getLowerLeftX() - media.getLowerLeftX())).as("room for crop marks").isGreaterThanOrEqualTo(7.9);
                    assertThat(PdfInspection.mm(media.getUpperRightX() - bleed.getUpperRightX())).isGreaterThanOrEqualTo(7.9);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
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

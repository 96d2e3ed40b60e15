package vn.campaignkit.derive.print;

import com.pngencoder.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A small PNG of a PDF's first page, cut to the trimmed product, for the downloads page. */
public final class PreviewRenderer {
    /** The longer side of a preview, in pixels. */
    static final int LONG_SIDE = 480;

    private PreviewRenderer() {
    }

    public static byte[] png(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            page.setCropBox(page.getTrimBox());
            float longSidePt = Math.max(page.getTrimBox().getWidth(), page.getTrimBox().getHeight());
            float scale = LONG_SIDE / longSidePt;
            BufferedImage image = new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
            return new PngEncoder().withBufferedImage(image).withMultiThreadedCompressionEnabled(false).toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

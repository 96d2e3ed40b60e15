package vn.campaignkit.derive.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** Reads rendered PDFs back the way a print shop's tools would: boxes, text with positions, QR codes. */
final class PdfInspection {
    static final float MM = 72f / 25.4f;

    private PdfInspection() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double mm(float pt) {
        return pt / MM;
    }

    /** All text of the document, NFC, with runs of white space as single spaces. */
    static String text(PDDocument doc) {
        try {
            String raw = new PDFTextStripper().getText(doc);
            return Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** Every glyph drawn on a page with its box in PDF user space (origin bottom left). */
    static List<float[]> glyphBoxes(PDDocument doc, int pageIndex) {
        List<float[]> boxes = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float pageH = p.getPageHeight();
                        float x = p.getXDirAdj();
                        float yTop = pageH - p.getYDirAdj() + p.getHeightDir();
                        float yBottom = pageH - p.getYDirAdj();
                        boxes.add(new float[] {x, yBottom, x + p.getWidthDirAdj(), yTop});
                    }
                }
            };
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boxes;
    }

    static BufferedImage render(PDDocument doc, int page, float dpi) {
        try {
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the QR code ZXing finds in the image, or null. */
    static String decodeQr(BufferedImage image) {
        try {
            Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return r.getText();
        } catch (NotFoundException e) {
            return null;
        }
    }

    static PDRectangle trim(PDPage page) {
        return page.getTrimBox();
    }
}

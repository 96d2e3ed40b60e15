package vn.campaignkit.derive.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Builds one PDF: pages with MediaBox, BleedBox and TrimBox, faces placed and rotated, crop marks, an
 * outline naming the parts of a many-part PDF, and a deterministic save (fixed dates, a document ID derived
 * from the bytes themselves). Fonts are embedded once per PDF, so parts of one PDF share their subsets.
 */
final class PdfAssembler implements AutoCloseable {
    private static final byte[] PLACEHOLDER = "CampaignKitDocId".getBytes(StandardCharsets.US_ASCII);

    private final PDDocument doc = new PDDocument();
    private final FontSet fonts;
    private final Map<FontFace, PDType0Font> embedded = Canvas.newFontCache();
    private boolean cmyk;
    private PDDocumentOutline outline;
    private String partTitle;

    PdfAssembler(FontSet fonts) {
        this.fonts = fonts;
    }

    /** Starts a part: its pages use CMYK ink ({@code cmyk}, print-shop copies) or RGB; {@code title} names it in the outline. */
    void part(boolean cmyk, String title) {
        this.cmyk = cmyk;
        this.partTitle = title;
    }

    /** Sets the ink of the pages that follow, for a one-part PDF (no outline). */
    void ink(boolean cmyk) {
        this.cmyk = cmyk;
    }

    /** A page showing {@code face} once or several times; {@code w} × {@code h} is the product size. */
    void page(Box media, Box bleedBox, Box trimBox, Face face, float w, float h, List<Placement> placements,
              List<CropMarks.Mark> marks, Face overlay) throws IOException {
        PDPage page = new PDPage(rect(media));
        page.setBleedBox(rect(bleedBox));
        page.setTrimBox(rect(trimBox));
        doc.addPage(page);
        if (partTitle != null) {
            if (outline == null) {
                outline = new PDDocumentOutline();
                doc.getDocumentCatalog().setDocumentOutline(outline);
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(partTitle);
            PDPageFitDestination start = new PDPageFitDestination();
            start.setPage(page);
            item.setDestination(start);
            outline.addLast(item);
            partTitle = null;
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, true)) {
            Canvas canvas = new Canvas(doc, cs, fonts, embedded, cmyk);
            for (Placement p : placements) {
                cs.saveGraphicsState();
                cs.transform(p.matrix(w, h));
                face.draw(canvas);
                cs.restoreGraphicsState();
            }
            if (overlay != null) {
                overlay.draw(canvas);
            }
            CropMarks.draw(canvas, marks);
        }
    }

    /** Saves with fixed dates and an ID that is a hash of the file, so identical input gives identical bytes. */
    byte[] save(String title, Instant stamp) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Campaign Kit");
        info.setProducer("Campaign Kit with Apache PDFBox");
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        date.setTimeInMillis(stamp.toEpochMilli());
        info.setCreationDate(date);
        info.setModificationDate(date);
        COSArray id = new COSArray();
        for (int i = 0; i < 2; i++) {
            COSString s = new COSString(PLACEHOLDER);
            s.setForceHexForm(true);
            id.add(s);
        }
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return withContentId(out.toByteArray());
    }

    private static byte[] withContentId(byte[] pdf) {
        byte[] hex = HexFormat.of().withUpperCase().formatHex(PLACEHOLDER).getBytes(StandardCharsets.US_ASCII);
        int second = lastIndexOf(pdf, hex, pdf.length - hex.length);
        int first = second < 0 ? -1 : lastIndexOf(pdf, hex, second - 1);
        if (first < 0 || second < 0) {
            throw new IllegalStateException("PDF writer did not write the document ID placeholder");
        }
        MessageDigest digest = FontSet.sha256();
        digest.update(pdf);
        byte[] hash = digest.digest();
        byte[] idHex = HexFormat.of().withUpperCase().formatHex(hash, 0, PLACEHOLDER.length).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(idHex, 0, pdf, first, idHex.length);
        System.arraycopy(idHex, 0, pdf, second, idHex.length);
        return pdf;
    }

    private static int lastIndexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = from; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static PDRectangle rect(Box b) {
        return new PDRectangle(b.x(), b.y(), b.w(), b.h());
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}

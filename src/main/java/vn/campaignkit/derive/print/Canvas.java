package vn.campaignkit.derive.print;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Drawing on one PDF page in points: filled shapes, laid-out text, vector QR codes, images and the
 * special inks of print files (registration for marks, a {@code CutContour} spot colour for die
 * lines). Colours are CMYK for print shops and RGB for office printers.
 */
final class Canvas {
    /** Bézier constant for quarter circles. */
    private static final float KAPPA = 0.5522848f;

    private final PDDocument doc;
    private final PDPageContentStream cs;
    private final FontSet fonts;
    private final Map<FontFace, PDType0Font> embedded;
    private final boolean cmyk;
    private PDColor registration;
    private PDColor cutContour;

    Canvas(PDDocument doc, PDPageContentStream cs, FontSet fonts, Map<FontFace, PDType0Font> embedded, boolean cmyk) {
        this.doc = doc;
        this.cs = cs;
        this.fonts = fonts;
        this.embedded = embedded;
        this.cmyk = cmyk;
    }

    static Map<FontFace, PDType0Font> newFontCache() {
        return new EnumMap<>(FontFace.class);
    }

    PDDocument document() {
        return doc;
    }

    void fill(Box b, Ink ink) throws IOException {
        fillColour(ink);
        cs.addRect(b.x(), b.y(), b.w(), b.h());
        cs.fill();
    }

    void roundRect(Box b, float r, Ink ink) throws IOException {
        fillColour(ink);
        roundRectPath(b, r);
        cs.fill();
    }

    void strokeRoundRect(Box b, float r, float width, Ink ink) throws IOException {
        strokeColour(ink);
        cs.setLineWidth(width);
        roundRectPath(b, r);
        cs.stroke();
    }

    void circle(float cx, float cy, float r, Ink ink) throws IOException {
        fillColour(ink);
        circlePath(cx, cy, r);
        cs.fill();
    }

    void strokeCircle(float cx, float cy, float r, float width, Ink ink, float dash) throws IOException {
        strokeColour(ink);
        cs.setLineWidth(width);
        cs.setLineDashPattern(dash > 0 ? new float[] {dash, dash} : new float[0], 0);
        circlePath(cx, cy, r);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
    }

    void line(float x1, float y1, float x2, float y2, float width, Ink ink) throws IOException {
        strokeColour(ink);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    void dashedLine(float x1, float y1, float x2, float y2, float width, Ink ink, float dash) throws IOException {
        cs.setLineDashPattern(new float[] {dash, dash}, 0);
        line(x1, y1, x2, y2, width, ink);
        cs.setLineDashPattern(new float[0], 0);
    }

    /** A hairline in registration colour (all separations), for crop and cut marks. */
    void registrationLine(float x1, float y1, float x2, float y2) throws IOException {
        if (registration == null) {
            registration = new PDColor(new float[] {1}, separation("All", new float[] {1, 1, 1, 1}));
        }
        cs.setStrokingColor(registration);
        cs.setLineWidth(0.25f);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /** A die line for the cutting plotter, in the spot colour {@code CutContour} that is never printed. */
    void cutContourCircle(float cx, float cy, float r) throws IOException {
        if (cutContour == null) {
            cutContour = new PDColor(new float[] {1}, separation("CutContour", new float[] {0, 1, 0, 0}));
        }
        cs.saveGraphicsState();
        PDExtendedGraphicsState overprint = new PDExtendedGraphicsState();
        overprint.setStrokingOverprintControl(true);
        overprint.setOverprintMode(1);
        cs.setGraphicsStateParameters(overprint);
        cs.setStrokingColor(cutContour);
        cs.setLineWidth(0.25f);
        circlePath(cx, cy, r);
        cs.stroke();
        cs.restoreGraphicsState();
    }

    /** Draws laid-out text with its top at {@code top}, inside the horizontal span of {@code box}. */
    void text(LaidText text, Box box, float top, Ink ink) throws IOException {
        fillColour(ink);
        for (LaidText.Line line : text.lines()) {
            float lineX = text.centred() ? box.x() + (box.w() - line.width() - line.indent()) / 2 : box.x();
            float baseline = top - line.baseline();
            for (LaidText.Piece piece : line.pieces()) {
                cs.beginText();
                cs.setFont(font(piece.face()), text.size());
                cs.newLineAtOffset(lineX + line.indent() + piece.x(), baseline);
                cs.showText(piece.text());
                cs.endText();
            }
        }
    }

    /** Draws text vertically centred in {@code box}. */
    void textCentredIn(LaidText text, Box box, Ink ink) throws IOException {
        text(text, box, box.top() - (box.h() - text.height()) / 2, ink);
    }

    /**
     * Draws a QR code whose outer square (including the white quiet zone) is {@code outer}; dark
     * modules are merged into horizontal runs so the path stays small.
     */
    void qr(QrSymbol symbol, Box outer, Ink dark) throws IOException {
        fill(outer, Ink.WHITE);
        float module = outer.w() / symbol.modulesWithQuietZone();
        float originX = outer.x() + QrSymbol.QUIET_ZONE * module;
        float originTop = outer.top() - QrSymbol.QUIET_ZONE * module;
        fillColour(dark);
        int n = symbol.modules();
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!symbol.dark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && symbol.dark(x, y)) {
                    x++;
                }
                cs.addRect(originX + start * module, originTop - (y + 1) * module, (x - start) * module, module);
            }
        }
        cs.fill();
    }

    void image(PDImageXObject image, Box box) throws IOException {
        cs.drawImage(image, box.x(), box.y(), box.w(), box.h());
    }

    private PDType0Font font(FontFace face) throws IOException {
        PDType0Font f = embedded.get(face);
        if (f == null) {
            f = PDType0Font.load(doc, fonts.parsed(face), true);
            embedded.put(face, f);
        }
        return f;
    }

    private void fillColour(Ink ink) throws IOException {
        if (cmyk) {
            cs.setNonStrokingColor(ink.c(), ink.m(), ink.y(), ink.k());
        } else {
            cs.setNonStrokingColor(ink.r(), ink.g(), ink.b());
        }
    }

    private void strokeColour(Ink ink) throws IOException {
        if (cmyk) {
            cs.setStrokingColor(ink.c(), ink.m(), ink.y(), ink.k());
        } else {
            cs.setStrokingColor(ink.r(), ink.g(), ink.b());
        }
    }

    private static PDSeparation separation(String name, float[] full) throws IOException {
        COSDictionary fn = new COSDictionary();
        fn.setInt(COSName.FUNCTION_TYPE, 2);
        fn.setItem(COSName.DOMAIN, floats(0, 1));
        fn.setItem(COSName.C0, floats(0, 0, 0, 0));
        fn.setItem(COSName.C1, floats(full));
        fn.setItem(COSName.N, COSInteger.ONE);
        PDSeparation sep = new PDSeparation();
        sep.setColorantName(name);
        sep.setAlternateColorSpace(PDDeviceCMYK.INSTANCE);
        sep.setTintTransform(new PDFunctionType2(fn));
        return sep;
    }

    private static COSArray floats(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            a.add(new COSFloat(v));
        }
        return a;
    }

    private void circlePath(float cx, float cy, float r) throws IOException {
        float k = r * KAPPA;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    private void roundRectPath(Box b, float r) throws IOException {
        float k = r * KAPPA;
        float x0 = b.x();
        float y0 = b.y();
        float x1 = b.right();
        float y1 = b.top();
        cs.moveTo(x0 + r, y0);
        cs.lineTo(x1 - r, y0);
        cs.curveTo(x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r);
        cs.lineTo(x1, y1 - r);
        cs.curveTo(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1);
        cs.lineTo(x0 + r, y1);
        cs.curveTo(x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r);
        cs.lineTo(x0, y0 + r);
        cs.curveTo(x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0);
        cs.closePath();
    }
}

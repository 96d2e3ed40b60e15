import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Swatches of the site's colours for docs/print-colour.md (not a test): each row is the sRGB colour, the CMYK
 * of the formula used before (1 - max(RGB) as black, 280 % cap) and the CMYK through the FOGRA39 profile.
 *
 *   java -cp target/campaign-kit.jar bench/print/InkSwatches.java OUT.pdf FONT.ttf '#0b5cad' '#f2a900' …
 *   pdftoppm -r 72 -png OUT.pdf swatches
 */
public class InkSwatches {
    public static void main(String[] args) throws Exception {
        ICC_ColorSpace press = new ICC_ColorSpace(ICC_Profile.getInstance(
                Files.readAllBytes(Path.of("src/main/resources/vn/campaignkit/derive/print/campaignkit-fogra39-300.icc"))));
        int rows = args.length - 2;
        float row = 70;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(560, 40 + rows * row));
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, new File(args[1]));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                label(cs, font, 20, 40 + rows * row - 22, "sRGB (screen)            before: formula, 280 %            after: FOGRA39 profile, ≤ 300 %");
                for (int i = 0; i < rows; i++) {
                    String hex = args[i + 2];
                    int v = Integer.parseInt(hex.substring(1), 16);
                    float r = (v >> 16 & 255) / 255f;
                    float g = (v >> 8 & 255) / 255f;
                    float b = (v & 255) / 255f;
                    float y0 = 40 + rows * row - 40 - (i + 1) * row + 12;
                    cs.setNonStrokingColor(r, g, b);
                    cs.addRect(20, y0, 160, row - 20);
                    cs.fill();
                    float[] before = formula(r, g, b);
                    float[] after = press.fromRGB(new float[] {r, g, b});
                    swatch(cs, 200, y0, row, before);
                    swatch(cs, 380, y0, row, after);
                    cs.setNonStrokingColor(0f, 0f, 0f);
                    label(cs, font, 20, y0 - 9, hex);
                    label(cs, font, 200, y0 - 9, numbers(before));
                    label(cs, font, 380, y0 - 9, numbers(after));
                }
            }
            doc.save(new File(args[0]));
        }
    }

    private static void swatch(PDPageContentStream cs, float x, float y, float row, float[] cmyk) throws Exception {
        cs.setNonStrokingColor(cmyk[0], cmyk[1], cmyk[2], cmyk[3]);
        cs.addRect(x, y, 160, row - 20);
        cs.fill();
    }

    private static void label(PDPageContentStream cs, PDType0Font font, float x, float y, String text) throws Exception {
        cs.beginText();
        cs.setFont(font, 8);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static String numbers(float[] cmyk) {
        return String.format("C %.0f M %.0f Y %.0f K %.0f = %.0f %%", cmyk[0] * 100, cmyk[1] * 100, cmyk[2] * 100, cmyk[3] * 100,
                (cmyk[0] + cmyk[1] + cmyk[2] + cmyk[3]) * 100);
    }

    /** The conversion Ink used before the profile: black from the brightest channel, 280 % cap. */
    private static float[] formula(float r, float g, float b) {
        float k = 1 - Math.max(r, Math.max(g, b));
        if (k >= 0.999f) {
            return new float[] {0, 0, 0, 1};
        }
        float c = (1 - r - k) / (1 - k);
        float m = (1 - g - k) / (1 - k);
        float y = (1 - b - k) / (1 - k);
        if (c + m + y + k > 2.8f) {
            float scale = (2.8f - k) / (c + m + y);
            c *= scale;
            m *= scale;
            y *= scale;
        }
        return new float[] {c, m, y, k};
    }
}

package vn.campaignkit.derive.image;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as outlines. Shaping goes through {@link TextLayout}, so a base letter and its stacked Vietnamese
 * marks (Ộ, Ẫ, Ự…) always stay one unit with the marks placed by the font.
 */
public final class TextShapes {
    /** Fractional metrics, antialiased: independent of the screen and of the machine. */
    public static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private TextShapes() {
    }

    /** The outline of a string with its baseline origin at (0, 0). */
    public static Shape outline(String text, Font font) {
        if (text.isEmpty()) {
            return new Rectangle2D.Double();
        }
        return new TextLayout(text, font, FRC).getOutline(null);
    }

    /** The advance width of a string. */
    public static double advance(String text, Font font) {
        if (text.isEmpty()) {
            return 0;
        }
        return new TextLayout(text, font, FRC).getAdvance();
    }

    /** The height of capital letters of a font, from the outline of "H". */
    public static double capHeight(Font font) {
        return -outline("H", font).getBounds2D().getMinY();
    }

    /** User-perceived characters: a letter with its combining marks is one element. */
    public static List<String> graphemes(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    /** Width of a string drawn with extra letter spacing of {@code tracking} pixels between graphemes. */
    public static double trackedWidth(String text, Font font, double tracking) {
        List<String> parts = graphemes(text);
        double w = 0;
        for (String part : parts) {
            w += advance(part, font);
        }
        return w + tracking * Math.max(parts.size() - 1, 0);
    }

    /** Fills a string centred horizontally on {@code centreX} with its baseline at {@code baseline}. */
    public static void fillCentred(java.awt.Graphics2D g, String text, Font font, double centreX, double baseline) {
        fillAt(g, text, font, centreX - advance(text, font) / 2, baseline);
    }

    /** Fills a string with its baseline origin at (x, baseline). */
    public static void fillAt(java.awt.Graphics2D g, String text, Font font, double x, double baseline) {
        Shape shape = outline(text, font);
        g.fill(AffineTransform.getTranslateInstance(x, baseline).createTransformedShape(shape));
    }
}

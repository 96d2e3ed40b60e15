package vn.campaignkit.derive.print;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Advance widths and vertical metrics of one font, read once and then shared by all threads, so text
 * can be measured and wrapped without touching a PDF document.
 */
final class FontMetrics {
    /** Advance width in font units per BMP code point; -1 where the font has no glyph. */
    private final int[] advances;
    private final float unitsPerEm;
    private final float ascent;
    private final float descent;
    private final float capHeight;

    private FontMetrics(int[] advances, float unitsPerEm, float ascent, float descent, float capHeight) {
        this.advances = advances;
        this.unitsPerEm = unitsPerEm;
        this.ascent = ascent;
        this.descent = descent;
        this.capHeight = capHeight;
    }

    static FontMetrics read(byte[] ttfBytes) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ttfBytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            int[] advances = new int[0x10000];
            java.util.Arrays.fill(advances, -1);
            for (int cp = 0x20; cp <= 0xFFFF; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    advances[cp] = ttf.getAdvanceWidth(gid);
                }
            }
            float upem = ttf.getUnitsPerEm();
            float cap = ttf.getOS2Windows() == null ? 0.7f * upem : ttf.getOS2Windows().getCapHeight();
            return new FontMetrics(advances, upem, ttf.getHorizontalHeader().getAscender(),
                    ttf.getHorizontalHeader().getDescender(), cap);
        }
    }

    boolean covers(int codePoint) {
        return codePoint < advances.length && advances[codePoint] >= 0;
    }

    /** Width in points of {@code text} at {@code size} points. */
    float width(String text, float size) {
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            int a = advances[text.charAt(i)];
            units += a > 0 ? a : 0;
        }
        return units * size / unitsPerEm;
    }

    /** Distance from the baseline to the top of the highest stacked Vietnamese accents, in points. */
    float ascent(float size) {
        return ascent * size / unitsPerEm;
    }

    /** Distance below the baseline (positive), in points. */
    float descent(float size) {
        return -descent * size / unitsPerEm;
    }

    float capHeight(float size) {
        return capHeight * size / unitsPerEm;
    }
}

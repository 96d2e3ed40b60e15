package vn.campaignkit.derive.print;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Advance widths and vertical metrics of one font, read once and then shared by all threads, so text
 * can be measured and wrapped without touching a PDF document.
 */
final class FontMetrics {
    private final Map<Integer, Integer> advances;
    private final float unitsPerEm;
    private final float ascent;
    private final float descent;
    private final float capHeight;

    private FontMetrics(Map<Integer, Integer> advances, float unitsPerEm, float ascent, float descent, float capHeight) {
        this.advances = advances;
        this.unitsPerEm = unitsPerEm;
        this.ascent = ascent;
        this.descent = descent;
        this.capHeight = capHeight;
    }

    static FontMetrics read(byte[] ttfBytes) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ttfBytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            Map<Integer, Integer> advances = new HashMap<>();
            for (int cp = 0x20; cp <= 0xFFFF; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    advances.put(cp, ttf.getAdvanceWidth(gid));
                }
            }
            float upem = ttf.getUnitsPerEm();
            float cap = ttf.getOS2Windows() == null ? 0.7f * upem : ttf.getOS2Windows().getCapHeight();
            return new FontMetrics(Map.copyOf(advances), upem, ttf.getHorizontalHeader().getAscender(),
                    ttf.getHorizontalHeader().getDescender(), cap);
        }
    }

    boolean covers(int codePoint) {
        return advances.containsKey(codePoint);
    }

    /** Width in points of {@code text} at {@code size} points. */
    float width(String text, float size) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += advances.getOrDefault(cp, 0);
            i += Character.charCount(cp);
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

package vn.campaignkit.derive.image;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The campaign's fonts loaded from TrueType files (never from the system, so images look the same on
 * every machine). Immutable and safe to share between render threads.
 */
public final class TypeFaces {
    private final Map<FontWeight, Font> fonts;

    private TypeFaces(Map<FontWeight, Font> fonts) {
        this.fonts = Map.copyOf(fonts);
    }

    /** Loads every weight from a folder such as {@code assets/fonts}; a missing file cannot be worked around. */
    public static TypeFaces load(Path folder) {
        Map<FontWeight, Font> loaded = new EnumMap<>(FontWeight.class);
        for (FontWeight weight : FontWeight.values()) {
            Path file = folder.resolve(weight.fileName());
            try (InputStream in = Files.newInputStream(file)) {
                loaded.put(weight, Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + file, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("not a TrueType font: " + file, e);
            }
        }
        return new TypeFaces(loaded);
    }

    /** The font of a weight at a pixel size. */
    public Font font(FontWeight weight, double size) {
        return fonts.get(weight).deriveFont((float) size);
    }

    /** The first code point of {@code text} that some weight cannot draw, or -1 when every weight covers it. */
    public int firstMissingCodePoint(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) || cp == ' ') {
                for (Font font : fonts.values()) {
                    if (!font.canDisplay(cp)) {
                        return cp;
                    }
                }
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The family name, for messages. */
    public String familyName() {
        return fonts.get(FontWeight.REGULAR).getFamily(java.util.Locale.ROOT);
    }
}

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
    private final String digest;

    private TypeFaces(Map<FontWeight, Font> fonts, String digest) {
        this.fonts = Map.copyOf(fonts);
        this.digest = digest;
    }

    /** The fonts of the site's assets ({@code assets/fonts/}, built-in unless the site overrides them). */
    public static TypeFaces from(vn.campaignkit.source.AssetCatalog assets) {
        return fromBytes(weight -> assets.get("assets/fonts/" + weight.fileName())
                .orElseThrow(() -> new IllegalStateException("the font assets/fonts/" + weight.fileName() + " is missing"))
                .bytes());
    }

    /** A SHA-256 of the font files, for fingerprints of images drawn with them. */
    public String digest() {
        return digest;
    }

    /** Loads every weight from a folder such as {@code assets/fonts}; a missing file cannot be worked around. */
    public static TypeFaces load(Path folder) {
        return fromBytes(weight -> {
            try {
                return Files.readAllBytes(folder.resolve(weight.fileName()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + folder.resolve(weight.fileName()), e);
            }
        });
    }

    /** Loads every weight from the bytes of its TrueType file. */
    public static TypeFaces fromBytes(java.util.function.Function<FontWeight, byte[]> files) {
        Map<FontWeight, Font> loaded = new EnumMap<>(FontWeight.class);
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (FontWeight weight : FontWeight.values()) {
            byte[] bytes = files.apply(weight);
            sha.update(bytes);
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                loaded.put(weight, Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + weight.fileName(), e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("not a TrueType font: " + weight.fileName(), e);
            }
        }
        return new TypeFaces(loaded, java.util.HexFormat.of().formatHex(sha.digest()));
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

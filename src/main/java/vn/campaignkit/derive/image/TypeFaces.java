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

    /**
     * The faces loaded last, by the digest of their files: every planner of every language of a build (and every
     * rebuild of the preview) asks for the same fonts, and loading a TrueType file costs a temporary file each time.
     * Fonts are immutable; a few sets at most are kept.
     */
    private static final Map<String, TypeFaces> LOADED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, TypeFaces> eldest) {
                    return size() > 4;
                }
            });

    /** Loads every weight from the bytes of its TrueType file. */
    public static TypeFaces fromBytes(java.util.function.Function<FontWeight, byte[]> files) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Map<FontWeight, byte[]> bytes = new EnumMap<>(FontWeight.class);
        for (FontWeight weight : FontWeight.values()) {
            byte[] b = files.apply(weight);
            bytes.put(weight, b);
            sha.update(b);
        }
        String digest = java.util.HexFormat.of().formatHex(sha.digest());
        TypeFaces known = LOADED.get(digest);
        if (known != null) {
            return known;
        }
        Map<FontWeight, Font> loaded = new EnumMap<>(FontWeight.class);
        for (FontWeight weight : FontWeight.values()) {
            try (InputStream in = new java.io.ByteArrayInputStream(bytes.get(weight))) {
                loaded.put(weight, Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + weight.fileName(), e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("not a TrueType font: " + weight.fileName(), e);
            }
        }
        TypeFaces faces = new TypeFaces(loaded, digest);
        LOADED.put(digest, faces);
        return faces;
    }

    /** The font of a weight at a pixel size. */
    public Font font(FontWeight weight, double size) {
        return fonts.get(weight).deriveFont((float) size);
    }

    /** The first code point of {@code text} that some weight cannot draw, or -1 when every weight covers it. */
    public int firstMissingCodePoint(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if ((!Character.isWhitespace(cp) || cp == ' ') && !covered(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * What every weight says of a code point of the Basic Multilingual Plane, asked once per code point: 6,100 school
     * names share a few hundred letters. 0 not asked yet, 1 covered, 2 missing; threads that race write the same value.
     */
    private final byte[] coverage = new byte[0x10000];

    private boolean covered(int cp) {
        if (cp < coverage.length && coverage[cp] != 0) {
            return coverage[cp] == 1;
        }
        boolean all = true;
        for (Font font : fonts.values()) {
            if (!font.canDisplay(cp)) {
                all = false;
                break;
            }
        }
        if (cp < coverage.length) {
            coverage[cp] = (byte) (all ? 1 : 2);
        }
        return all;
    }

    /** The family name, for messages. */
    public String familyName() {
        return fonts.get(FontWeight.REGULAR).getFamily(java.util.Locale.ROOT);
    }
}

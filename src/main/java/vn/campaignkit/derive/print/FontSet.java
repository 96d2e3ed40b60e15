package vn.campaignkit.derive.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Be Vietnam Pro in the designs' weights: shared metrics for measuring, and per-thread parsed fonts for
 * embedding subsets into PDFs (parsing a font once per thread instead of once per PDF).
 */
public final class FontSet {
    private final Map<FontFace, byte[]> bytes;
    private final Map<FontFace, FontMetrics> metrics;
    private final String fingerprint;
    private final ThreadLocal<Map<FontFace, TrueTypeFont>> parsed = ThreadLocal.withInitial(() -> new EnumMap<>(FontFace.class));

    private FontSet(Map<FontFace, byte[]> bytes, Map<FontFace, FontMetrics> metrics, String fingerprint) {
        this.bytes = bytes;
        this.metrics = metrics;
        this.fingerprint = fingerprint;
    }

    /** Reads the TTF files from a folder such as {@code assets/fonts}. */
    public static FontSet load(Path folder) throws IOException {
        Map<FontFace, byte[]> bytes = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            bytes.put(face, Files.readAllBytes(folder.resolve(face.fileName())));
        }
        return of(bytes);
    }

    /** The file names the set needs, e.g. {@code BeVietnamPro_400Regular.ttf}. */
    public static java.util.List<String> fileNames() {
        return java.util.Arrays.stream(FontFace.values()).map(FontFace::fileName).toList();
    }

    /** A set from the bytes of the files named by {@link #fileNames()}, in that order. */
    public static FontSet of(java.util.List<byte[]> files) throws IOException {
        Map<FontFace, byte[]> bytes = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            bytes.put(face, files.get(face.ordinal()));
        }
        return of(bytes);
    }

    private static FontSet of(Map<FontFace, byte[]> bytes) throws IOException {
        Map<FontFace, FontMetrics> metrics = new EnumMap<>(FontFace.class);
        MessageDigest digest = sha256();
        for (FontFace face : FontFace.values()) {
            byte[] b = bytes.get(face);
            metrics.put(face, FontMetrics.read(b));
            digest.update(b);
        }
        return new FontSet(bytes, metrics, HexFormat.of().formatHex(digest.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A hash of the font files, part of every PDF's input fingerprint. */
    public String fingerprint() {
        return fingerprint;
    }

    FontMetrics metrics(FontFace face) {
        return metrics.get(face);
    }

    /** The first character of {@code text} that {@code face} has no glyph for, as an index into the string. */
    OptionalInt firstMissing(String text, FontFace face) {
        FontMetrics m = metrics.get(face);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !m.covers(cp)) {
                return OptionalInt.of(i);
            }
            i += Character.charCount(cp);
        }
        return OptionalInt.empty();
    }

    /** This thread's parsed copy of a face, for PDFBox to subset. */
    TrueTypeFont parsed(FontFace face) {
        return parsed.get().computeIfAbsent(face, f -> {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(f)));
                ttf.setEnableGsub(false);
                return ttf;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

package vn.campaignkit.source;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The image formats a campaign site publishes, told apart by their first bytes (never by the file's
 * extension: a photo saved as {@code .png} by a phone is still a JPEG).
 */
public enum ImageFormat {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    SVG("image/svg+xml", "svg");

    /** How far into a file the root element of an SVG is looked for (past the XML declaration, comments, DOCTYPE). */
    private static final int SVG_PROLOG_LIMIT = 64 * 1024;

    private final String mediaType;
    private final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type browsers expect, e.g. {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot, e.g. {@code jpg}. */
    public String extension() {
        return extension;
    }

    /** True for PNG, JPEG, GIF and WebP: pixels in a container; false for SVG (XML text). */
    public boolean raster() {
        return this != SVG;
    }

    /** The format the bytes are in, from their magic numbers; empty for anything else (HEIC, BMP, text, nothing). */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (bytes.length >= 16 && startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWithSvgRoot(bytes)) {
            return Optional.of(SVG);
        }
        return Optional.empty();
    }

    /**
     * True when the first element of the text is {@code <svg …>}: an optional UTF-8 byte order mark, then
     * white space, an XML declaration, comments, processing instructions and a DOCTYPE may come before it.
     */
    private static boolean startsWithSvgRoot(byte[] bytes) {
        int end = Math.min(bytes.length, SVG_PROLOG_LIMIT);
        int i = startsWith(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        while (true) {
            while (i < end && isXmlSpace(bytes[i])) {
                i++;
            }
            if (startsWith(bytes, i, ascii("<?"))) {
                i = after(bytes, i + 2, end, "?>");
            } else if (startsWith(bytes, i, ascii("<!--"))) {
                i = after(bytes, i + 4, end, "-->");
            } else if (startsWith(bytes, i, ascii("<!DOCTYPE"))) {
                i = afterDoctype(bytes, i + 9, end);
            } else {
                break;
            }
            if (i < 0) {
                return false;
            }
        }
        if (!startsWith(bytes, i, ascii("<svg")) || i + 4 >= end) {
            return false;
        }
        byte next = bytes[i + 4];
        return isXmlSpace(next) || next == '>' || next == '/';
    }

    private static int after(byte[] bytes, int from, int end, String terminator) {
        byte[] t = ascii(terminator);
        for (int i = from; i + t.length <= end; i++) {
            if (startsWith(bytes, i, t)) {
                return i + t.length;
            }
        }
        return -1;
    }

    /** Skips a DOCTYPE, including an internal subset in brackets. */
    private static int afterDoctype(byte[] bytes, int from, int end) {
        boolean subset = false;
        for (int i = from; i < end; i++) {
            byte b = bytes[i];
            if (b == '[') {
                subset = true;
            } else if (b == ']') {
                subset = false;
            } else if (b == '>' && !subset) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isXmlSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

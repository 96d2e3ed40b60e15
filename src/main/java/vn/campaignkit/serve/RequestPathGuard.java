package vn.campaignkit.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a raw request path into an output path of the built site, or nothing. Anything that could
 * step outside the site — dot segments (plain or percent-encoded), encoded slashes or backslashes,
 * double encoding, empty segments, drive letters, control characters, malformed UTF-8 — is refused,
 * so it ends as a plain 404.
 */
public final class RequestPathGuard {
    private static final int MAX_LENGTH = 2048;

    private RequestPathGuard() {
    }

    /** {@code /tips/x/} → {@code tips/x/index.html}; {@code /css/site.css} → {@code css/site.css}. */
    static Optional<String> outputPath(String rawPath) {
        return decodedPath(rawPath).map(key -> key.isEmpty() || key.endsWith("/") ? key + "index.html" : key);
    }

    /**
     * The request path without its leading slash, percent-decoded, NFC, and checked segment by segment
     * ({@code /content/tips/x.md} → {@code content/tips/x.md}); the editor's desk reads its file paths with
     * the same rules as the preview.
     */
    public static Optional<String> decodedPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/' || rawPath.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%25") || lower.contains("%00")
                || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Optional<String> decoded = percentDecode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = Normalizer.normalize(decoded.get(), Normalizer.Form.NFC);
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if ((segment.isEmpty() && !last) || segment.equals(".") || segment.equals("..") || !safeSegment(segment)) {
                return Optional.empty();
            }
        }
        return Optional.of(path.substring(1));
    }

    private static boolean safeSegment(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':' || c == '%') {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7e || c < 0x20) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

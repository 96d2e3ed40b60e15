package vn.campaignkit.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.campaignkit.problem.Problems;

/**
 * Strict UTF-8: a BOM is dropped, CRLF and CR become LF, text is NFC; anything that is not UTF-8
 * is a problem naming the line, never decoded with replacement characters.
 */
public final class TextDecoder {
    private static final String SAVE_AS_UTF8 = "open the file in your editor and save it as UTF-8";

    private TextDecoder() {
    }

    public static Optional<String> decode(String path, byte[] bytes, Problems problems) {
        return decode(path, bytes, problems, SAVE_AS_UTF8);
    }

    /** The same, with the hint for saving this kind of file as UTF-8 (a CSV is saved from Excel, not an editor). */
    public static Optional<String> decode(String path, byte[] bytes, Problems problems, String saveAsUtf8) {
        if (looksLikeUtf16(bytes)) {
            problems.add(path, 1, 1, "the file is saved as UTF-16, not UTF-8", saveAsUtf8);
            return Optional.empty();
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        // Fast path: the JDK's UTF-8 decoding turns every malformed sequence into U+FFFD, so a result without
        // U+FFFD proves the bytes were valid UTF-8; only text containing U+FFFD goes through the strict decoder.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            Optional<String> strict = decodeStrict(path, bytes, start, problems, saveAsUtf8);
            if (strict.isEmpty()) {
                return strict;
            }
            text = strict.get();
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int control = firstControlCharacter(text);
        if (control >= 0) {
            reportControlCharacter(path, text, control, problems);
            return Optional.empty();
        }
        return Optional.of(Nfc.of(text));
    }

    /**
     * Whether a character is an invisible control character that HTML, XML and iCalendar text forbid: C0 controls
     * other than tab, line feed, form feed and carriage return, DEL and the C1 controls.
     */
    public static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbiddenControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void reportControlCharacter(String path, String text, int index, Problems problems) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        int col = text.codePointCount(lineStart, index) + 1;
        problems.add(path, line, col, String.format("the file contains the invisible control character U+%04X", (int) text.charAt(index)),
                "delete it; it often comes with text copied out of a PDF or a chat app");
    }

    private static Optional<String> decodeStrict(String path, byte[] bytes, int start, Problems problems, String saveAsUtf8) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            reportBadByte(path, bytes, start, in.position(), problems, saveAsUtf8);
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }

    /** Decodes bytes already known to be produced by us (resources): strict, throws on error. */
    public static String decodeTrusted(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static void reportBadByte(String path, byte[] bytes, int start, int offset, Problems problems, String saveAsUtf8) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int col = before.codePointCount(0, before.length()) + 1;
        String guess = looksLikeSingleByteVietnamese(bytes)
                ? "the file looks like Latin-1 or Windows-1258, not UTF-8"
                : "the file is not valid UTF-8";
        problems.add(path, line, col, String.format("%s (byte 0x%02X)", guess, bytes[offset] & 0xFF), saveAsUtf8);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean looksLikeUtf16(byte[] b) {
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return true;
        }
        int sample = Math.min(b.length, 4096);
        int zeros = 0;
        for (int i = 0; i < sample; i++) {
            if (b[i] == 0) {
                zeros++;
            }
        }
        return sample >= 4 && zeros * 4 >= sample;
    }

    private static boolean looksLikeSingleByteVietnamese(byte[] b) {
        for (byte x : b) {
            int v = x & 0xFF;
            if (v >= 0x80 && v < 0xC2) {
                return true;
            }
        }
        return false;
    }
}

package vn.campaignkit.desk;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * How a text file is written on disk — its encoding, its line endings and whether its Vietnamese letters are
 * precomposed (NFC) — and its text. The desk saves UTF-8, NFC, LF; a file in any other form is shown as it is
 * and converted only when the editor agrees.
 */
record TextForm(String text, String encoding, boolean crlf, boolean nfc) {
    static final String UTF8 = "utf-8";

    /** True when saving the text changes nothing but the editor's own edits. */
    boolean canonical() {
        return encoding.equals(UTF8) && !crlf && nfc;
    }

    static TextForm of(byte[] bytes) {
        String encoding;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            encoding = "utf-8-bom";
            text = lenient(bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            encoding = "utf-16le";
            text = lenient(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            encoding = "utf-16be";
            text = lenient(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            String strict = strictUtf8(bytes);
            if (strict != null) {
                encoding = UTF8;
                text = strict;
            } else {
                encoding = "windows-1258";
                text = lenient(bytes, 0, Charset.forName("windows-1258"));
            }
        }
        boolean crlf = text.contains("\r");
        return new TextForm(text, encoding, crlf, Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }

    /** The bytes the desk writes for a text: UTF-8, NFC, LF. */
    static byte[] canonicalBytes(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(lf, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int skip, Charset charset) {
        return new String(bytes, skip, bytes.length - skip, charset);
    }
}

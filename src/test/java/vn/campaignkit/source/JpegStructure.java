package vn.campaignkit.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A test's own reading of JPEG marker segments, independent of the code under test. */
final class JpegStructure {
    private JpegStructure() {
    }

    /** The APPn and COM segments before the first scan, as "APP1 Exif", "APP2 ICC_PROFILE", "COM"… */
    static List<String> applicationMarkers(byte[] jpeg) {
        List<String> found = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            int marker = jpeg[pos + 1] & 0xFF;
            int length = (jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF);
            if (marker == 0xDA) {
                break;
            }
            if (marker >= 0xE0 && marker <= 0xEF) {
                int end = pos + 4;
                while (end < pos + 2 + length && jpeg[end] != 0 && end - pos - 4 < 16) {
                    end++;
                }
                found.add("APP" + (marker - 0xE0) + " " + new String(jpeg, pos + 4, end - pos - 4, StandardCharsets.ISO_8859_1));
            } else if (marker == 0xFE) {
                found.add("COM");
            }
            pos += 2 + length;
        }
        return found;
    }

    /** Where the {@code n}-th (1-based) marker {@code FF marker} starts, scanning every byte. */
    static int offsetOfMarker(byte[] jpeg, int marker, int n) {
        int seen = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker && ++seen == n) {
                return i;
            }
        }
        throw new AssertionError("marker " + Integer.toHexString(marker) + " #" + n + " not found");
    }

    static byte[] segment(int marker, byte[] body) {
        byte[] s = new byte[4 + body.length];
        s[0] = (byte) 0xFF;
        s[1] = (byte) marker;
        s[2] = (byte) ((body.length + 2) >> 8);
        s[3] = (byte) (body.length + 2);
        System.arraycopy(body, 0, s, 4, body.length);
        return s;
    }
}

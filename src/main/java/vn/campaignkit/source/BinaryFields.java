package vn.campaignkit.source;

import java.nio.charset.StandardCharsets;

/** Reads the unsigned integers and tags of binary image containers, bounds-checked. */
final class BinaryFields {
    private BinaryFields() {
    }

    static int u8(byte[] b, int at) {
        check(b, at, 1);
        return b[at] & 0xFF;
    }

    static int u16(byte[] b, int at, boolean bigEndian) {
        check(b, at, 2);
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return bigEndian ? x << 8 | y : y << 8 | x;
    }

    static long u32(byte[] b, int at, boolean bigEndian) {
        check(b, at, 4);
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int shift = bigEndian ? 8 * (3 - i) : 8 * i;
            v |= (long) (b[at + i] & 0xFF) << shift;
        }
        return v;
    }

    /** True when {@code b} holds the ASCII text {@code tag} at {@code at}. */
    static boolean hasAscii(byte[] b, int at, String tag) {
        byte[] t = tag.getBytes(StandardCharsets.US_ASCII);
        if (at < 0 || at + t.length > b.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (b[at + i] != t[i]) {
                return false;
            }
        }
        return true;
    }

    static String ascii(byte[] b, int at, int length) {
        check(b, at, length);
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }

    static void putU16(byte[] b, int at, int v, boolean bigEndian) {
        b[at + (bigEndian ? 0 : 1)] = (byte) (v >>> 8);
        b[at + (bigEndian ? 1 : 0)] = (byte) v;
    }

    static void putU32(byte[] b, int at, long v, boolean bigEndian) {
        for (int i = 0; i < 4; i++) {
            int shift = bigEndian ? 8 * (3 - i) : 8 * i;
            b[at + i] = (byte) (v >>> shift);
        }
    }

    private static void check(byte[] b, int at, int length) {
        if (at < 0 || length < 0 || at > b.length - length) {
            throw new MalformedImageException("the file ends in the middle of a structure (byte " + at + ")", true);
        }
    }
}

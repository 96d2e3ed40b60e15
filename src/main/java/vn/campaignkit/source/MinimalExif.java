package vn.campaignkit.source;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;

/**
 * EXIF reduced to what display needs: from the first IFD only Orientation and the resolution tags are
 * kept; everything else — GPS, the Exif sub-IFD (serial numbers, dates, maker notes), Artist,
 * Copyright, the thumbnail IFD — is left out, because a new TIFF block is written rather than the old
 * one edited. The byte order of the original is kept, so a block this class wrote comes out unchanged.
 */
final class MinimalExif {
    static final int ORIENTATION = 0x0112;
    static final int X_RESOLUTION = 0x011A;
    static final int Y_RESOLUTION = 0x011B;
    static final int RESOLUTION_UNIT = 0x0128;
    private static final int SHORT = 3;
    private static final int RATIONAL = 5;
    private static final int ENTRY = 12;

    private MinimalExif() {
    }

    /**
     * The minimal TIFF block for the TIFF block {@code tiff[from, from + length)}; empty when it keeps
     * nothing or when the block cannot be read (then nothing of it is published).
     */
    static Optional<byte[]> of(byte[] tiff, int from, int length) {
        byte[] block = Arrays.copyOfRange(tiff, from, from + length);
        try {
            return rewrite(block);
        } catch (MalformedImageException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> rewrite(byte[] t) {
        boolean big;
        if (BinaryFields.hasAscii(t, 0, "MM")) {
            big = true;
        } else if (BinaryFields.hasAscii(t, 0, "II")) {
            big = false;
        } else {
            return Optional.empty();
        }
        if (BinaryFields.u16(t, 2, big) != 42) {
            return Optional.empty();
        }
        long ifd = BinaryFields.u32(t, 4, big);
        if (ifd < 8 || ifd > t.length - 2) {
            return Optional.empty();
        }
        int at = (int) ifd;
        int count = BinaryFields.u16(t, at, big);
        TreeMap<Integer, long[]> kept = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int e = at + 2 + i * ENTRY;
            int tag = BinaryFields.u16(t, e, big);
            int type = BinaryFields.u16(t, e + 2, big);
            long n = BinaryFields.u32(t, e + 4, big);
            if (n != 1) {
                continue;
            }
            if ((tag == ORIENTATION || tag == RESOLUTION_UNIT) && type == SHORT) {
                int v = BinaryFields.u16(t, e + 8, big);
                boolean valid = tag == ORIENTATION ? v >= 1 && v <= 8 : v >= 1 && v <= 3;
                if (valid) {
                    kept.put(tag, new long[] {v});
                }
            } else if ((tag == X_RESOLUTION || tag == Y_RESOLUTION) && type == RATIONAL) {
                long off = BinaryFields.u32(t, e + 8, big);
                if (off <= t.length - 8) {
                    long num = BinaryFields.u32(t, (int) off, big);
                    long den = BinaryFields.u32(t, (int) off + 4, big);
                    if (num > 0 && den > 0) {
                        kept.put(tag, new long[] {num, den});
                    }
                }
            }
        }
        if (kept.containsKey(X_RESOLUTION) != kept.containsKey(Y_RESOLUTION)) {
            kept.remove(X_RESOLUTION);
            kept.remove(Y_RESOLUTION);
        }
        if (!kept.containsKey(X_RESOLUTION)) {
            kept.remove(RESOLUTION_UNIT);
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(write(kept, big));
    }

    /** Header, one IFD with the kept entries in tag order, no next IFD, then the rationals. */
    private static byte[] write(TreeMap<Integer, long[]> kept, boolean big) {
        int ifdEnd = 8 + 2 + kept.size() * ENTRY + 4;
        int rationals = (int) kept.values().stream().filter(v -> v.length == 2).count();
        byte[] out = new byte[ifdEnd + rationals * 8];
        out[0] = out[1] = (byte) (big ? 'M' : 'I');
        BinaryFields.putU16(out, 2, 42, big);
        BinaryFields.putU32(out, 4, 8, big);
        BinaryFields.putU16(out, 8, kept.size(), big);
        int e = 10;
        int data = ifdEnd;
        for (var entry : kept.entrySet()) {
            long[] v = entry.getValue();
            BinaryFields.putU16(out, e, entry.getKey(), big);
            BinaryFields.putU16(out, e + 2, v.length == 2 ? RATIONAL : SHORT, big);
            BinaryFields.putU32(out, e + 4, 1, big);
            if (v.length == 2) {
                BinaryFields.putU32(out, e + 8, data, big);
                BinaryFields.putU32(out, data, v[0], big);
                BinaryFields.putU32(out, data + 4, v[1], big);
                data += 8;
            } else {
                BinaryFields.putU16(out, e + 8, (int) v[0], big);
            }
            e += ENTRY;
        }
        return out;
    }
}

package vn.campaignkit.source;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Rewrites a JPEG's marker segments, copying the compressed image data byte for byte. Kept: the segments
 * that decode the picture (tables, frame and scan headers, restart markers), JFIF (without its
 * thumbnail), ICC profile chunks, Adobe's colour-transform segment and EXIF reduced by {@link MinimalExif}.
 * Dropped: XMP, IPTC/Photoshop, comments, every other application segment (MPF, FlashPix, vendor data)
 * and whatever follows the end-of-image marker (phones append depth maps and second images there).
 */
final class JpegMetadata {
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;
    private static final int JFIF_WITHOUT_THUMBNAIL = 2 + 5 + 9;

    private JpegMetadata() {
    }

    static byte[] strip(byte[] in) {
        if (BinaryFields.u8(in, 0) != 0xFF || BinaryFields.u8(in, 1) != SOI) {
            throw new MalformedImageException("a JPEG must start with the start-of-image marker", false);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(SOI);
        int pos = 2;
        while (pos < in.length) {
            if (BinaryFields.u8(in, pos) != 0xFF) {
                throw new MalformedImageException("a JPEG marker was expected at byte " + pos, false);
            }
            while (pos + 1 < in.length && BinaryFields.u8(in, pos + 1) == 0xFF) {
                pos++; // fill bytes before a marker
            }
            int marker = BinaryFields.u8(in, pos + 1);
            if (marker == EOI) {
                out.write(in, pos, 2);
                break;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(in, pos, 2);
                pos += 2;
                continue;
            }
            int length = BinaryFields.u16(in, pos + 2, true);
            int end = pos + 2 + length;
            if (length < 2 || end > in.length) {
                throw new MalformedImageException("the JPEG segment at byte " + pos + " runs past the end of the file", true);
            }
            keptSegment(in, pos, marker, length).ifPresent(s -> out.write(s, 0, s.length));
            pos = end;
            if (marker == SOS) {
                int dataEnd = entropyCodedEnd(in, pos);
                out.write(in, pos, dataEnd - pos);
                pos = dataEnd;
            }
        }
        return out.toByteArray();
    }

    /** The segment as published (the same bytes, or rewritten), or empty when it is dropped. */
    private static Optional<byte[]> keptSegment(byte[] in, int pos, int marker, int length) {
        int body = pos + 4;
        int bodyLength = length - 2;
        if (marker == APP0) {
            if (!BinaryFields.hasAscii(in, body, "JFIF\0") || bodyLength < JFIF_WITHOUT_THUMBNAIL - 2) {
                return Optional.empty();
            }
            byte[] jfif = copy(in, pos, 2 + JFIF_WITHOUT_THUMBNAIL);
            BinaryFields.putU16(jfif, 2, JFIF_WITHOUT_THUMBNAIL, true);
            jfif[jfif.length - 2] = 0; // thumbnail width
            jfif[jfif.length - 1] = 0; // thumbnail height
            return Optional.of(jfif);
        }
        if (marker == APP1) {
            if (!BinaryFields.hasAscii(in, body, "Exif\0") || bodyLength < 6) {
                return Optional.empty();
            }
            return MinimalExif.of(in, body + 6, bodyLength - 6).map(JpegMetadata::exifSegment);
        }
        if (marker == APP2) {
            return BinaryFields.hasAscii(in, body, "ICC_PROFILE\0") ? Optional.of(copy(in, pos, 2 + length)) : Optional.empty();
        }
        if (marker == APP14) {
            return BinaryFields.hasAscii(in, body, "Adobe") ? Optional.of(copy(in, pos, 2 + length)) : Optional.empty();
        }
        if ((marker > APP2 && marker <= APP15) || marker == COM) {
            return Optional.empty();
        }
        return Optional.of(copy(in, pos, 2 + length));
    }

    private static byte[] exifSegment(byte[] tiff) {
        byte[] s = new byte[2 + 2 + 6 + tiff.length];
        s[0] = (byte) 0xFF;
        s[1] = (byte) APP1;
        BinaryFields.putU16(s, 2, 2 + 6 + tiff.length, true);
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, s, 4, 6);
        System.arraycopy(tiff, 0, s, 10, tiff.length);
        return s;
    }

    /**
     * Where the compressed data after a scan header ends: at the first marker that is not byte stuffing
     * ({@code FF 00}) nor a restart marker; the end of the file when the data is truncated.
     */
    private static int entropyCodedEnd(byte[] in, int from) {
        int i = from;
        while (i + 1 < in.length) {
            if ((in[i] & 0xFF) == 0xFF) {
                int next = in[i + 1] & 0xFF;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    i += 2;
                    continue;
                }
                if (next != 0xFF) {
                    return i;
                }
            }
            i++;
        }
        return in.length;
    }

    private static byte[] copy(byte[] in, int from, int length) {
        byte[] c = new byte[length];
        System.arraycopy(in, from, c, 0, length);
        return c;
    }
}

package vn.campaignkit.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Rewrites a PNG's chunk list, copying kept chunks byte for byte. Kept: every critical chunk (IHDR, PLTE,
 * IDAT, IEND and any other upper-case one, without which the image would not decode), the ancillary
 * chunks display needs (transparency, gamma, chromaticities, sRGB, ICC profile, pixel size, significant
 * bits, background, colour-encoding and HDR chunks, APNG animation) and an {@code eXIf} chunk reduced by
 * {@link MinimalExif}. Dropped: text ({@code tEXt}, {@code iTXt} with XMP, {@code zTXt}), the
 * modification time, every other ancillary chunk, and whatever follows {@code IEND}.
 */
final class PngMetadata {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> DISPLAY_CHUNKS = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "pHYs", "sBIT",
            "bKGD", "hIST", "cICP", "mDCv", "cLLi", "acTL", "fcTL", "fdAT");

    private PngMetadata() {
    }

    static byte[] strip(byte[] in) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (in.length <= i || in[i] != SIGNATURE[i]) {
                throw new MalformedImageException("a PNG must start with the PNG signature", false);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, SIGNATURE.length);
        int pos = SIGNATURE.length;
        boolean ended = false;
        while (!ended) {
            long length = BinaryFields.u32(in, pos, true);
            String type = BinaryFields.ascii(in, pos + 4, 4);
            if (length > in.length - pos - 12L) {
                throw new MalformedImageException("the PNG chunk " + type + " at byte " + pos + " runs past the end of the file", true);
            }
            int total = 12 + (int) length;
            if (type.equals("eXIf")) {
                MinimalExif.of(in, pos + 8, (int) length).ifPresent(tiff -> writeChunk(out, "eXIf", tiff));
            } else if (Character.isUpperCase(type.charAt(0)) || DISPLAY_CHUNKS.contains(type)) {
                out.write(in, pos, total);
            }
            ended = type.equals("IEND");
            pos += total;
        }
        return out.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] header = new byte[8];
        BinaryFields.putU32(header, 0, data.length, true);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(typeBytes, 0, header, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] trailer = new byte[4];
        BinaryFields.putU32(trailer, 0, crc.getValue(), true);
        out.write(header, 0, 8);
        out.write(data, 0, data.length);
        out.write(trailer, 0, 4);
    }
}

package vn.campaignkit.source;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * Rewrites a WebP's RIFF chunk list, copying kept chunks byte for byte: the bitstreams ({@code VP8 },
 * {@code VP8L}, {@code ALPH}), animation ({@code ANIM}, {@code ANMF}), the ICC profile and the extended
 * header, whose EXIF and XMP flags are cleared. Dropped: {@code EXIF}, {@code XMP } and unknown chunks,
 * and whatever follows the RIFF container. The RIFF size is written anew.
 */
final class WebpMetadata {
    private static final Set<String> KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;
    private static final int HEADER = 12;

    private WebpMetadata() {
    }

    static byte[] strip(byte[] in) {
        if (!BinaryFields.hasAscii(in, 0, "RIFF") || !BinaryFields.hasAscii(in, 8, "WEBP")) {
            throw new MalformedImageException("a WebP must start with a RIFF header of type WEBP", false);
        }
        long riffEnd = 8 + BinaryFields.u32(in, 4, false);
        if (riffEnd > in.length) {
            throw new MalformedImageException("the WebP's RIFF container is longer than the file", true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, HEADER);
        int pos = HEADER;
        while (pos + 8 <= riffEnd) {
            String type = BinaryFields.ascii(in, pos, 4);
            long size = BinaryFields.u32(in, pos + 4, false);
            long total = 8 + size + (size & 1);
            if (pos + 8 + size > riffEnd) {
                throw new MalformedImageException("the WebP chunk " + type.strip() + " at byte " + pos + " runs past the end of the file", true);
            }
            int length = (int) Math.min(total, riffEnd - pos);
            if (KEPT.contains(type)) {
                byte[] chunk = java.util.Arrays.copyOfRange(in, pos, pos + length);
                if (type.equals("VP8X") && size >= 1) {
                    chunk[8] = (byte) (chunk[8] & ~(EXIF_FLAG | XMP_FLAG));
                }
                out.write(chunk, 0, chunk.length);
            }
            pos += length;
        }
        byte[] result = out.toByteArray();
        BinaryFields.putU32(result, 4, result.length - 8L, false);
        return result;
    }
}

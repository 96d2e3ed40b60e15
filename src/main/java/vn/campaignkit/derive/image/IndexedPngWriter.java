package vn.campaignkit.derive.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a palette (colour type 3, 8 bits) PNG: IHDR, PLTE, tRNS for the translucent entries, IDAT and IEND,
 * nothing else (no time or text chunks), compressed at a fixed level on one thread, so the bytes depend only
 * on the pixels.
 */
final class IndexedPngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int COMPRESSION_LEVEL = 7;

    private IndexedPngWriter() {
    }

    /** Reused by the images written on one thread: the filtered rows and the compressor are the big allocations. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** {@code argb}: the image's pixels row by row, as {@code image} was reduced from. */
    static byte[] write(int width, int height, int[] argb, MedianCutPalette.Reduced image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = 3;
        chunk(out, "IHDR", header);
        int[] palette = image.palette();
        byte[] plte = new byte[3 * palette.length];
        for (int i = 0; i < palette.length; i++) {
            plte[3 * i] = (byte) (palette[i] >>> 16);
            plte[3 * i + 1] = (byte) (palette[i] >>> 8);
            plte[3 * i + 2] = (byte) palette[i];
        }
        chunk(out, "PLTE", plte);
        int translucent = image.translucentEntries();
        if (translucent > 0) {
            byte[] trns = new byte[translucent];
            for (int i = 0; i < translucent; i++) {
                trns[i] = (byte) (palette[i] >>> 24);
            }
            chunk(out, "tRNS", trns);
        }
        chunk(out, "IDAT", SCRATCH.get().deflate(width, height, argb, image));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A thread's buffers for the rows and its compressor, reset before each image (so each image starts afresh). */
    private static final class Scratch {
        private final Deflater deflater = new Deflater(COMPRESSION_LEVEL);
        private final byte[] buffer = new byte[32 * 1024];
        private byte[] raw = new byte[0];

        /** Each row with filter type 0 (none), the usual best choice for palette images. */
        byte[] deflate(int width, int height, int[] argb, MedianCutPalette.Reduced image) {
            int length = (width + 1) * height;
            if (raw.length < length) {
                raw = new byte[length];
            }
            for (int y = 0; y < height; y++) {
                int row = y * (width + 1);
                raw[row] = 0;
                image.indices(argb, y * width, (y + 1) * width, raw, row + 1);
            }
            deflater.reset();
            deflater.setInput(raw, 0, length);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(length / 8 + 64);
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}

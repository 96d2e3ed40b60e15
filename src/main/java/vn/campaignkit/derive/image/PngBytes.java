package vn.campaignkit.derive.image;

import com.pngencoder.PngEncoder;
import java.awt.image.BufferedImage;

/** Encodes images as PNG deterministically: single-threaded compression, fixed level, no metadata chunks. */
public final class PngBytes {
    private static final int COMPRESSION_LEVEL = 6;

    private PngBytes() {
    }

    public static byte[] encode(BufferedImage image) {
        return new PngEncoder()
                .withBufferedImage(image)
                .withMultiThreadedCompressionEnabled(false)
                .withCompressionLevel(COMPRESSION_LEVEL)
                .toBytes();
    }
}

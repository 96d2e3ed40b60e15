package vn.campaignkit.derive.image;

import com.pngencoder.PngEncoder;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Encodes images as PNG deterministically: single-threaded compression, fixed level, no metadata chunks. */
public final class PngBytes {
    private static final int COMPRESSION_LEVEL = 6;
    /**
     * How far (root-mean-square, in 0–255 levels per channel) a palette version of flat art may stray from the
     * drawing. Frames and cards measure 0.4–0.9 (only anti-aliased edges move, by a level or two); a photograph
     * would measure several levels and stays truecolour.
     */
    static final double MAX_PALETTE_RMSE = 1.5;

    private PngBytes() {
    }

    /** Truecolour (with alpha when the image has it): every pixel exactly as drawn. */
    public static byte[] encode(BufferedImage image) {
        return new PngEncoder()
                .withBufferedImage(image)
                .withMultiThreadedCompressionEnabled(false)
                .withCompressionLevel(COMPRESSION_LEVEL)
                .toBytes();
    }

    /**
     * Flat drawn art (frames, Open Graph cards): a palette PNG of at most 256 colours, exact when the drawing
     * has no more, otherwise within {@link #MAX_PALETTE_RMSE} of it; truecolour when no palette comes that close.
     * A third to a half of the truecolour bytes for the campaign's frames and cards.
     */
    public static byte[] encodeFlat(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean opaque = !image.getColorModel().hasAlpha();
        boolean packed = (image.getType() == BufferedImage.TYPE_INT_ARGB || image.getType() == BufferedImage.TYPE_INT_RGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt data && data.getData().length == w * h;
        int[] argb = packed ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData() : image.getRGB(0, 0, w, h, null, 0, w);
        MedianCutPalette.Reduced reduced = MedianCutPalette.reduce(argb, opaque);
        return reduced.rmse() <= MAX_PALETTE_RMSE ? IndexedPngWriter.write(w, h, argb, reduced) : encode(image);
    }
}

package vn.campaignkit.derive.image;

import java.awt.image.BufferedImage;

/**
 * An image that many flat images are drawn on copies of (the untitled Open Graph card, a frame without its words),
 * with its colours counted once, for {@link PngBytes#encodeFlat(BufferedImage, FlatBase)}. Holds its own copy of
 * the pixels, so later changes to the image do not affect it; read-only, shared by threads.
 */
public final class FlatBase {
    private final int width;
    private final int height;
    private final boolean opaque;
    private final int[] pixels;
    private final ColourCounts.Tally tally;

    private FlatBase(int width, int height, boolean opaque, int[] pixels, ColourCounts.Tally tally) {
        this.width = width;
        this.height = height;
        this.opaque = opaque;
        this.pixels = pixels;
        this.tally = tally;
    }

    public static FlatBase of(BufferedImage image) {
        int[] pixels = PngBytes.pixels(image).clone();
        boolean opaque = !image.getColorModel().hasAlpha();
        ColourCounts.Tally tally = new ColourCounts.Tally(1 << 15);
        tally.add(pixels, 0, pixels.length, opaque, 1);
        return new FlatBase(image.getWidth(), image.getHeight(), opaque, pixels, tally);
    }

    boolean fits(int imageWidth, int imageHeight, boolean imageOpaque) {
        return imageWidth == width && imageHeight == height && imageOpaque == opaque;
    }

    int[] pixels() {
        return pixels;
    }

    ColourCounts.Tally tally() {
        return tally;
    }
}

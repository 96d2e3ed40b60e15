package vn.campaignkit.derive.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** A smaller copy of an image for previews, halving step by step so it stays sharp. */
public final class Thumbnail {
    private Thumbnail() {
    }

    public static BufferedImage ofWidth(BufferedImage source, int width) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width) {
            current = scale(current, current.getWidth() / 2);
        }
        return current.getWidth() == width ? current : scale(current, width);
    }

    private static BufferedImage scale(BufferedImage source, int width) {
        int height = (int) Math.round((double) source.getHeight() * width / source.getWidth());
        BufferedImage out = new BufferedImage(width, height, source.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.graphics(out);
        try {
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}

package vn.campaignkit.derive.frames;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import vn.campaignkit.derive.image.Canvas;

/** A supplied square overlay scaled to a square size, halving step by step so thin lines stay smooth. */
final class OverlayFrame {
    private OverlayFrame() {
    }

    static void paint(Graphics2D g, FrameLook.Overlay overlay, int size) {
        BufferedImage current = overlay.image();
        while (current.getWidth() / 2 >= size) {
            current = scaled(current, current.getWidth() / 2);
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(current, 0, 0, size, size, null);
    }

    private static BufferedImage scaled(BufferedImage source, int size) {
        BufferedImage out = Canvas.transparent(size, size);
        Graphics2D g = Canvas.graphics(out);
        try {
            g.drawImage(source, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}

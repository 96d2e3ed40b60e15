package vn.campaignkit.derive.frames;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import vn.campaignkit.derive.image.Canvas;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.PngBytes;
import vn.campaignkit.derive.image.TypeFaces;

/** Turns a frame spec into its PNGs: each format drawn at its own size (never upscaled), centre left transparent. */
public final class FrameRenderer {
    private final TypeFaces faces;

    public FrameRenderer(TypeFaces faces) {
        this.faces = faces;
    }

    /**
     * The PNG bytes of one format; {@code school} puts a school's name on the band (per-school variants). The
     * 2160 master stays truecolour (for print and editing); the others are palette PNGs of the same look.
     */
    public byte[] png(FrameSpec spec, FrameFormat format, Optional<DrawnText> school) {
        BufferedImage image = image(spec, format, school);
        return format == FrameFormat.MASTER ? PngBytes.encode(image) : PngBytes.encodeFlat(image);
    }

    public BufferedImage image(FrameSpec spec, FrameFormat format, Optional<DrawnText> school) {
        BufferedImage image = Canvas.transparent(format.width(), format.height());
        Graphics2D g = Canvas.graphics(image);
        try {
            if (spec.look() instanceof FrameLook.Drawn drawn) {
                paintDrawn(g, drawn, format, school);
            } else if (spec.look() instanceof FrameLook.Overlay overlay) {
                OverlayFrame.paint(g, overlay, format.width());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void paintDrawn(Graphics2D g, FrameLook.Drawn drawn, FrameFormat format, Optional<DrawnText> school) {
        if (format == FrameFormat.COVER) {
            CoverFrame.paint(g, faces, drawn, school, format.width(), format.height());
        } else if (format == FrameFormat.STORY) {
            StoryFrame.paint(g, faces, drawn, school, format.width(), format.height());
        } else {
            switch (drawn.style()) {
                case RING -> RingFrame.paint(g, faces, drawn, school, format.width());
                case BAND -> BandFrame.paint(g, faces, drawn, school, format.width());
                case SASH -> SashFrame.paint(g, faces, drawn, school, format.width());
            }
        }
    }
}

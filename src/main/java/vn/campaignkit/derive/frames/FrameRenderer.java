package vn.campaignkit.derive.frames;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.campaignkit.derive.image.Canvas;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.PngBytes;
import vn.campaignkit.derive.image.TypeFaces;

/** Turns a frame spec into its PNGs: each format drawn at its own size (never upscaled), centre left transparent. */
public final class FrameRenderer {
    private final TypeFaces faces;
    /** The per-school frames' common part, one per design and size (a build has one or two such frames). */
    private final Map<BaseKey, BufferedImage> bases = new ConcurrentHashMap<>();

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

    /**
     * The frame as pixels. A square drawn frame is drawn in two steps, each with a fresh graphics context: the
     * frame without its words, then the words (the school's name, or the design's lower text). For the per-school
     * variants the first step is drawn once per design and size and copied (read-only, shared by the threads), so
     * a school's frame costs its words; the pixels are those of drawing both steps afresh.
     */
    public BufferedImage image(FrameSpec spec, FrameFormat format, Optional<DrawnText> school) {
        if (spec.look() instanceof FrameLook.Drawn drawn && format.isSquare()) {
            BufferedImage image;
            if (school.isPresent()) {
                BufferedImage base = bases.computeIfAbsent(new BaseKey(drawn, format), key -> base(drawn, format));
                image = new BufferedImage(base.getColorModel(), base.copyData(null), false, null);
            } else {
                image = base(drawn, format);
            }
            Graphics2D g = Canvas.graphics(image);
            try {
                switch (drawn.style()) {
                    case RING -> RingFrame.paintWords(g, faces, drawn, school, format.width());
                    case BAND -> BandFrame.paintWords(g, faces, drawn, school, format.width());
                    case SASH -> SashFrame.paintWords(g, faces, drawn, school, format.width());
                }
            } finally {
                g.dispose();
            }
            return image;
        }
        BufferedImage image = Canvas.transparent(format.width(), format.height());
        Graphics2D g = Canvas.graphics(image);
        try {
            if (spec.look() instanceof FrameLook.Drawn drawn) {
                if (format == FrameFormat.COVER) {
                    CoverFrame.paint(g, faces, drawn, school, format.width(), format.height());
                } else {
                    StoryFrame.paint(g, faces, drawn, school, format.width(), format.height());
                }
            } else if (spec.look() instanceof FrameLook.Overlay overlay) {
                OverlayFrame.paint(g, overlay, format.width());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A square drawn frame without its words. */
    private BufferedImage base(FrameLook.Drawn drawn, FrameFormat format) {
        BufferedImage image = Canvas.transparent(format.width(), format.height());
        Graphics2D g = Canvas.graphics(image);
        try {
            switch (drawn.style()) {
                case RING -> RingFrame.paintBase(g, faces, drawn, format.width());
                case BAND -> BandFrame.paintBase(g, faces, drawn, format.width());
                case SASH -> SashFrame.paintBase(g, faces, drawn, format.width());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** What a frame without words depends on: the design and the size. */
    private record BaseKey(FrameLook.Drawn look, FrameFormat format) {
    }
}

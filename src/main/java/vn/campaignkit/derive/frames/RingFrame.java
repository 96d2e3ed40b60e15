package vn.campaignkit.derive.frames;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.util.Optional;
import vn.campaignkit.derive.image.ArcText;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.FontWeight;
import vn.campaignkit.derive.image.Palette;
import vn.campaignkit.derive.image.TextShapes;
import vn.campaignkit.derive.image.TypeFaces;

/**
 * The classic campaign ring: a thick primary ring with the top text on the upper arc, the bottom text (or
 * the school's name) on the lower arc, the hotline badge at 3 o'clock and the logo at 9 o'clock.
 * Drawn on a 1080 design grid scaled to the requested size.
 */
final class RingFrame {
    static final double OUTER = 540;
    static final double BAND_INNER = 446;
    static final double HOLE = 434;

    private RingFrame() {
    }

    /** Everything but the lower arc's text: the same for every school. */
    static void paintBase(Graphics2D g, TypeFaces faces, FrameLook.Drawn look, double size) {
        double k = size / 1080;
        double c = size / 2;
        Palette p = look.palette();
        g.setPaint(p.dark());
        g.fill(FrameParts.outside(size, size, c, c, OUTER * k));
        g.setPaint(new GradientPaint(0, 0, FrameParts.mix(p.primary(), Color.WHITE, 0.08), 0, (float) size,
                FrameParts.mix(p.primary(), p.dark(), 0.55)));
        g.fill(FrameParts.ring(c, c, OUTER * k, BAND_INNER * k));
        g.setPaint(p.accent());
        g.fill(FrameParts.ring(c, c, BAND_INNER * k, HOLE * k));

        double mid = 490 * k;
        Color ink = Palette.readableOn(p.primary());
        look.topText().ifPresent(top -> {
            Font font = arcFont(faces, FontWeight.EXTRABOLD, top.text(), 62 * k, 5 * k, mid, 150);
            g.setPaint(ink);
            new ArcText(c, c, mid - 2 * k, 0, 5 * k).draw(g, top.text(), font, false);
        });
        look.hotline().ifPresent(number -> FrameParts.hotlineBadge(g, faces, number, c + mid - 4 * k, c, 44 * k,
                p.accent(), p.dark(), Palette.readableOn(p.accent())));
        FrameParts.logoBadge(g, look.logo(), c - mid + 4 * k, c, 44 * k, p.light(), p.accent());
    }

    /** The lower arc's text: the school's name, or the design's bottom text. */
    static void paintWords(Graphics2D g, TypeFaces faces, FrameLook.Drawn look, Optional<DrawnText> school, double size) {
        double k = size / 1080;
        double c = size / 2;
        double mid = 490 * k;
        Optional<DrawnText> lower = school.isPresent() ? school : look.bottomText();
        lower.ifPresent(bottom -> {
            Font font = arcFont(faces, FontWeight.BOLD, bottom.text(), 40 * k, 3.5 * k, mid, 140);
            g.setPaint(Palette.readableOn(look.palette().primary()));
            new ArcText(c, c, mid, 180, 3.5 * k).draw(g, bottom.text(), font, true);
        });
    }

    /** The font at {@code size}, shrunk so the text spans at most {@code maxDegrees} of the circle. */
    static Font arcFont(TypeFaces faces, FontWeight weight, String text, double size, double tracking, double radius,
                        double maxDegrees) {
        Font font = faces.font(weight, size);
        double sweep = Math.toDegrees(TextShapes.trackedWidth(text, font, tracking) / radius);
        return sweep <= maxDegrees ? font : faces.font(weight, size * maxDegrees / sweep);
    }
}

package vn.campaignkit.derive.frames;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.FontWeight;
import vn.campaignkit.derive.image.Palette;
import vn.campaignkit.derive.image.TextFit;
import vn.campaignkit.derive.image.TextShapes;
import vn.campaignkit.derive.image.TypeFaces;

/**
 * A thin ring with a curved band across the bottom carrying the band text (or the school's name, on up to
 * two lines) and the hashtags; the hotline badge sits on the ring at half past one.
 */
final class BandFrame {
    private static final double OUTER = 540;
    private static final double RING_INNER = 506;
    private static final double HOLE = 499;

    private BandFrame() {
    }

    /** Everything but the band's words (headline and hashtags, placed below the headline): the same for every school. */
    static void paintBase(Graphics2D g, TypeFaces faces, FrameLook.Drawn look, double size) {
        double k = size / 1080;
        double c = size / 2;
        Palette p = look.palette();
        g.setPaint(p.dark());
        g.fill(FrameParts.outside(size, size, c, c, OUTER * k));
        g.setPaint(p.primary());
        g.fill(FrameParts.ring(c, c, OUTER * k, RING_INNER * k));
        g.setPaint(p.accent());
        g.fill(FrameParts.ring(c, c, RING_INNER * k, HOLE * k));

        Path2D curve = new Path2D.Double();
        curve.moveTo(0, 770 * k);
        curve.quadTo(c, 650 * k, size, 770 * k);
        Path2D below = new Path2D.Double(curve);
        below.lineTo(size, size);
        below.lineTo(0, size);
        below.closePath();
        Area band = new Area(below);
        band.intersect(new Area(FrameParts.circle(c, c, HOLE * k + 1)));
        g.setPaint(new GradientPaint(0, (float) (700 * k), p.primary(), 0, (float) size,
                FrameParts.mix(p.primary(), p.dark(), 0.7)));
        g.fill(band);
        Area edge = new Area(new java.awt.BasicStroke((float) (9 * k)).createStrokedShape(curve));
        edge.intersect(new Area(FrameParts.circle(c, c, HOLE * k + 1)));
        g.setPaint(p.accent());
        g.fill(edge);

        double angle = Math.toRadians(45);
        double r = (OUTER - 62) * k;
        look.hotline().ifPresent(number -> FrameParts.hotlineBadge(g, faces, number,
                c + r * Math.sin(angle), c - r * Math.cos(angle), 54 * k, p.accent(), p.dark(),
                Palette.readableOn(p.accent())));
        look.logo().ifPresent(logo -> FrameParts.logoBadge(g, look.logo(),
                c - r * Math.sin(angle), c - r * Math.cos(angle), 54 * k, p.light(), p.accent()));
    }

    /** The band's headline (the school's name on up to two lines, or the band text) and the hashtags below it. */
    static void paintWords(Graphics2D g, TypeFaces faces, FrameLook.Drawn look, Optional<DrawnText> school, double size) {
        double k = size / 1080;
        double c = size / 2;
        Palette p = look.palette();
        Color ink = Palette.readableOn(p.primary());
        Optional<DrawnText> headline = school.isPresent() ? school : look.bandText();
        double hashtagBaseline = 900 * k;
        if (headline.isPresent()) {
            int maxLines = school.isPresent() ? 2 : 1;
            TextFit.Block block = TextFit.fit(headline.get().text(), faces, FontWeight.EXTRABOLD, 66 * k, 30 * k,
                    760 * k, maxLines);
            Font font = block.font();
            double lineHeight = font.getSize2D() * 1.12;
            List<String> lines = block.lines();
            double firstBaseline = (lines.size() == 1 ? 822 : 800) * k;
            g.setPaint(ink);
            for (int i = 0; i < lines.size(); i++) {
                TextShapes.fillCentred(g, lines.get(i), font, c, firstBaseline + i * lineHeight);
            }
            hashtagBaseline = Math.max(hashtagBaseline, firstBaseline + (lines.size() - 1) * lineHeight + 62 * k);
        }
        if (!look.hashtags().isEmpty()) {
            double dy = hashtagBaseline - c;
            double chord = 2 * Math.sqrt(Math.max(0, HOLE * k * HOLE * k - dy * dy)) - 110 * k;
            Font font = TextFit.fitLine(look.hashtagLine(), faces, FontWeight.SEMIBOLD, 31 * k, chord);
            g.setPaint(p.accent());
            TextShapes.fillCentred(g, look.hashtagLine(), font, c, hashtagBaseline);
        }
    }
}

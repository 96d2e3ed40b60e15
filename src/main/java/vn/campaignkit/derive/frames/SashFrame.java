package vn.campaignkit.derive.frames;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.FontWeight;
import vn.campaignkit.derive.image.Palette;
import vn.campaignkit.derive.image.TextFit;
import vn.campaignkit.derive.image.TextShapes;
import vn.campaignkit.derive.image.TypeFaces;

/**
 * A double thin ring with an accent-coloured sash rising across the lower part of the photo, carrying the
 * band text (or the school's name) and the hashtags; hotline and logo badges sit on the upper ring.
 */
final class SashFrame {
    private static final double OUTER = 540;
    private static final double RING_INNER = 516;
    private static final double HOLE = 508;
    private static final double TILT = Math.toRadians(-16);

    private SashFrame() {
    }

    /** Everything but the sash's words (headline and hashtags, centred together): the same for every school. */
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

        double sashCentreY = c + 300 * k;
        double thickness = 196 * k;
        AffineTransform tilt = AffineTransform.getRotateInstance(TILT, c, sashCentreY);
        Area clip = new Area(FrameParts.circle(c, c, HOLE * k + 1));
        Area sash = new Area(tilt.createTransformedShape(
                new Rectangle2D.Double(-size, sashCentreY - thickness / 2, 3 * size, thickness)));
        sash.intersect(clip);
        g.setPaint(p.accent());
        g.fill(sash);
        for (double edgeY : new double[] {sashCentreY - thickness / 2, sashCentreY + thickness / 2 - 10 * k}) {
            Area edge = new Area(tilt.createTransformedShape(new Rectangle2D.Double(-size, edgeY, 3 * size, 10 * k)));
            edge.intersect(clip);
            g.setPaint(p.primary());
            g.fill(edge);
        }

        double r = (OUTER - 66) * k;
        double angle = Math.toRadians(40);
        look.hotline().ifPresent(number -> FrameParts.hotlineBadge(g, faces, number,
                c + r * Math.sin(angle), c - r * Math.cos(angle), 56 * k, p.primary(), p.accent(),
                Palette.readableOn(p.primary())));
        look.logo().ifPresent(logo -> FrameParts.logoBadge(g, look.logo(),
                c - r * Math.sin(angle), c - r * Math.cos(angle), 56 * k, p.light(), p.primary()));
    }

    /** The headline (the school's name on up to two lines, or the band text) and the hashtags, along the sash. */
    static void paintWords(Graphics2D g, TypeFaces faces, FrameLook.Drawn look, Optional<DrawnText> school, double size) {
        double k = size / 1080;
        double c = size / 2;
        Palette p = look.palette();
        double sashCentreY = c + 300 * k;
        AffineTransform tilt = AffineTransform.getRotateInstance(TILT, c, sashCentreY);
        Color ink = Palette.readableOn(p.accent());
        AffineTransform saved = g.getTransform();
        g.transform(tilt);
        double along = c + (c - sashCentreY) * Math.sin(TILT);
        Optional<DrawnText> headline = school.isPresent() ? school : look.bandText();
        boolean hasTags = !look.hashtags().isEmpty();
        Font tagFont = TextFit.fitLine(look.hashtagLine(), faces, FontWeight.BOLD, 30 * k, 600 * k);
        double tagCap = hasTags ? TextShapes.capHeight(tagFont) : 0;
        double gap = 22 * k;
        List<String> lines = List.of();
        Font font = tagFont;
        double lineHeight = 0;
        double cap = 0;
        if (headline.isPresent()) {
            boolean twoLines = school.isPresent();
            TextFit.Block block = TextFit.fit(headline.get().text(), faces, FontWeight.EXTRABOLD,
                    (twoLines ? 46 : 72) * k, 28 * k, 680 * k, twoLines ? 2 : 1);
            font = block.font();
            lines = block.lines();
            lineHeight = font.getSize2D() * 1.12;
            cap = TextShapes.capHeight(font);
        }
        double blockHeight = (lines.isEmpty() ? 0 : cap + (lines.size() - 1) * lineHeight)
                + (hasTags ? tagCap + (lines.isEmpty() ? 0 : gap) : 0);
        double top = sashCentreY - blockHeight / 2;
        g.setPaint(ink);
        for (int i = 0; i < lines.size(); i++) {
            TextShapes.fillCentred(g, lines.get(i), font, along, top + cap + i * lineHeight);
        }
        if (hasTags) {
            g.setPaint(FrameParts.mix(p.dark(), p.primary(), 0.35));
            TextShapes.fillCentred(g, look.hashtagLine(), tagFont, along, top + blockHeight);
        }
        g.setTransform(saved);
    }
}

package vn.campaignkit.derive.frames;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.FontWeight;
import vn.campaignkit.derive.image.LogoArt;
import vn.campaignkit.derive.image.TextFit;
import vn.campaignkit.derive.image.TextShapes;
import vn.campaignkit.derive.image.TypeFaces;

/** Pieces shared by the frame designs: circles, rings, the hotline badge, the logo badge, colour mixing. */
final class FrameParts {
    private FrameParts() {
    }

    static Shape circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static Area ring(double cx, double cy, double outer, double inner) {
        Area area = new Area(circle(cx, cy, outer));
        area.subtract(new Area(circle(cx, cy, inner)));
        return area;
    }

    /** Everything of the rectangle outside the circle: the corners of a square avatar. */
    static Area outside(double width, double height, double cx, double cy, double r) {
        Area area = new Area(new Rectangle2D.Double(0, 0, width, height));
        area.subtract(new Area(circle(cx, cy, r)));
        return area;
    }

    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    /** A round badge with the hotline number: accent disc, dark outline, dark number. */
    static void hotlineBadge(Graphics2D g, TypeFaces faces, DrawnText number, double cx, double cy, double r,
                             Color fill, Color edge, Color ink) {
        g.setPaint(edge);
        g.fill(circle(cx, cy, r));
        g.setPaint(fill);
        g.fill(circle(cx, cy, r * 0.86));
        Font font = TextFit.fitLine(number.text(), faces, FontWeight.EXTRABOLD, r * 0.95, r * 1.4);
        double cap = TextShapes.capHeight(font);
        g.setPaint(ink);
        TextShapes.fillCentred(g, number.text(), font, cx, cy + cap / 2);
    }

    /** A round badge holding the logo (light disc, accent edge), or a small accent dot when there is no logo. */
    static void logoBadge(Graphics2D g, Optional<LogoArt> logo, double cx, double cy, double r, Color disc, Color edge) {
        if (logo.isEmpty()) {
            g.setPaint(edge);
            g.fill(circle(cx, cy, r * 0.22));
            return;
        }
        g.setPaint(edge);
        g.fill(circle(cx, cy, r));
        g.setPaint(disc);
        g.fill(circle(cx, cy, r * 0.88));
        double box = r * 1.2;
        logo.get().paint(g, cx - box / 2, cy - box / 2, box, box);
    }

    static void stroke(Graphics2D g, Shape shape, Color colour, double width) {
        g.setPaint(colour);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }
}

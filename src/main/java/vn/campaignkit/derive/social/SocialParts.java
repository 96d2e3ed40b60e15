package vn.campaignkit.derive.social;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.FontWeight;
import vn.campaignkit.derive.image.Palette;
import vn.campaignkit.derive.image.TextFit;
import vn.campaignkit.derive.image.TextShapes;
import vn.campaignkit.derive.image.TypeFaces;

/** Backgrounds and the hotline pill shared by the Open Graph card and the wallpapers. */
final class SocialParts {
    private SocialParts() {
    }

    /** A dark-to-primary gradient with the campaign's ring motif. */
    static void background(Graphics2D g, Palette p, double width, double height, double ringX, double ringY, double ringR,
                           boolean vertical) {
        g.setPaint(vertical
                ? new GradientPaint(0, 0, p.dark(), 0, (float) height, mix(p.dark(), p.primary(), 0.85))
                : new GradientPaint(0, 0, p.dark(), (float) width, (float) height, mix(p.dark(), p.primary(), 0.8)));
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        ring(g, ringX, ringY, ringR, ringR * 0.16, withAlpha(p.primary(), 0.55));
        ring(g, ringX, ringY, ringR * 0.80, ringR * 0.025, withAlpha(p.accent(), 0.75));
        ring(g, ringX, ringY, ringR * 1.28, ringR * 0.012, withAlpha(p.light(), 0.18));
    }

    static void ring(Graphics2D g, double cx, double cy, double r, double width, Color colour) {
        g.setPaint(colour);
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    /**
     * An accent pill with the hotline number and, beside it, its name; returns the pill's width.
     * {@code x} is the left edge, {@code centreY} the vertical middle.
     */
    static double hotlinePill(Graphics2D g, TypeFaces faces, Palette p, DrawnText number, java.util.Optional<DrawnText> name,
                              double x, double centreY, double height, double maxNameWidth) {
        Font numberFont = faces.font(FontWeight.EXTRABOLD, height * 0.62);
        double numberWidth = TextShapes.advance(number.text(), numberFont);
        double pillWidth = numberWidth + height * 0.9;
        g.setPaint(p.accent());
        g.fill(new RoundRectangle2D.Double(x, centreY - height / 2, pillWidth, height, height, height));
        g.setPaint(Palette.readableOn(p.accent()));
        TextShapes.fillCentred(g, number.text(), numberFont, x + pillWidth / 2, centreY + TextShapes.capHeight(numberFont) / 2);
        name.ifPresent(n -> {
            Font font = TextFit.fitLine(n.text(), faces, FontWeight.SEMIBOLD, height * 0.36, maxNameWidth);
            g.setPaint(Palette.readableOn(p.dark()));
            TextShapes.fillAt(g, n.text(), font, x + pillWidth + height * 0.3, centreY + TextShapes.capHeight(font) / 2);
        });
        return pillWidth;
    }

    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }
}

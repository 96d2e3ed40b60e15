package vn.campaignkit.derive.image;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.List;

/**
 * Draws a line of text along a circle, one grapheme at a time so stacked diacritics stay attached to
 * their letter. Angles are in degrees clockwise from 12 o'clock.
 *
 * @param centreX     centre of the circle
 * @param centreY     centre of the circle
 * @param radius      radius of the middle of the capital letters
 * @param centreAngle where the middle of the text sits (0 = top, 180 = bottom)
 * @param tracking    extra pixels between graphemes
 */
public record ArcText(double centreX, double centreY, double radius, double centreAngle, double tracking) {

    /** How many degrees the text spans on this circle. */
    public double sweepDegrees(String text, Font font) {
        return Math.toDegrees(TextShapes.trackedWidth(text, font, tracking) / radius);
    }

    /**
     * Draws the text with the current paint. On the upper half the letters stand outwards and read
     * clockwise; on the lower half ({@code bottom}) they stand inwards and read left to right.
     */
    public void draw(Graphics2D g, String text, Font font, boolean bottom) {
        List<String> parts = TextShapes.graphemes(text);
        double capHalf = TextShapes.capHeight(font) / 2;
        double baseline = bottom ? radius + capHalf : radius - capHalf;
        double sweep = Math.toRadians(sweepDegrees(text, font));
        double centre = Math.toRadians(centreAngle);
        double travelled = 0;
        AffineTransform saved = g.getTransform();
        for (String part : parts) {
            double advance = TextShapes.advance(part, font);
            double along = (travelled + advance / 2) / radius;
            double angle = bottom ? centre + sweep / 2 - along : centre - sweep / 2 + along;
            double x = centreX + baseline * Math.sin(angle);
            double y = centreY - baseline * Math.cos(angle);
            AffineTransform at = new AffineTransform(saved);
            at.translate(x, y);
            at.rotate(bottom ? angle - Math.PI : angle);
            at.translate(-advance / 2, 0);
            Shape glyph = TextShapes.outline(part, font);
            g.setTransform(at);
            g.fill(glyph);
            travelled += advance + tracking;
        }
        g.setTransform(saved);
    }
}

package vn.campaignkit.derive.frames;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Optional;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.FontWeight;
import vn.campaignkit.derive.image.Palette;
import vn.campaignkit.derive.image.TextFit;
import vn.campaignkit.derive.image.TextShapes;
import vn.campaignkit.derive.image.TypeFaces;
import vn.campaignkit.model.FrameDesign;

/**
 * The story / phone frame (1080×1920): a border, a title ribbon below the story header and a card with the
 * message, hashtags and hotline above the reply bar; the middle stays transparent for the photo.
 */
final class StoryFrame {
    private StoryFrame() {
    }

    static void paint(Graphics2D g, TypeFaces faces, FrameLook.Drawn look, Optional<DrawnText> school,
                      int width, int height) {
        Palette p = look.palette();
        Area border = new Area(new Rectangle2D.Double(0, 0, width, height));
        border.subtract(new Area(new Rectangle2D.Double(26, 26, width - 52, height - 52)));
        g.setPaint(p.primary());
        g.fill(border);
        Area inner = new Area(new Rectangle2D.Double(26, 26, width - 52, height - 52));
        inner.subtract(new Area(new Rectangle2D.Double(34, 34, width - 68, height - 68)));
        g.setPaint(p.accent());
        g.fill(inner);

        double cx = width / 2.0;
        Optional<DrawnText> headline = look.headline();
        double ribbonTop = 270;
        double ribbonHeight = school.isPresent() ? 190 : 140;
        boolean sash = look.style() == FrameDesign.Style.SASH;
        Color ribbon = sash ? p.accent() : p.primary();
        g.setPaint(ribbon);
        g.fill(new RoundRectangle2D.Double(90, ribbonTop, width - 180, ribbonHeight, 40, 40));
        g.setPaint(sash ? p.primary() : p.accent());
        g.fill(new RoundRectangle2D.Double(150, ribbonTop + ribbonHeight - 4, width - 300, 8, 8, 8));
        Color ink = Palette.readableOn(ribbon);
        headline.ifPresent(h -> {
            Font font = TextFit.fitLine(h.text(), faces, FontWeight.EXTRABOLD, 72, width - 280);
            g.setPaint(ink);
            TextShapes.fillCentred(g, h.text(), font, cx, ribbonTop + 70 + TextShapes.capHeight(font) / 2);
        });
        school.ifPresent(s -> {
            Font font = TextFit.fitLine(s.text(), faces, FontWeight.BOLD, 40, width - 280);
            g.setPaint(sash ? p.dark() : p.accent());
            TextShapes.fillCentred(g, s.text(), font, cx, ribbonTop + 150);
        });

        double cardTop = 1420;
        double cardHeight = 220;
        g.setPaint(FrameParts.withAlpha(p.dark(), 0.92));
        g.fill(new RoundRectangle2D.Double(90, cardTop, width - 180, cardHeight, 40, 40));
        boolean badge = look.hotline().isPresent();
        double textWidth = width - 180 - (badge ? 270 : 80);
        double textCentre = badge ? 90 + 36 + textWidth / 2 : cx;
        look.bottomText().or(look::bandText).filter(t -> !t.equals(headline.orElse(null))).ifPresent(t -> {
            Font font = TextFit.fitLine(t.text(), faces, FontWeight.BOLD, 40, textWidth);
            g.setPaint(Palette.readableOn(p.dark()));
            TextShapes.fillCentred(g, t.text(), font, textCentre, cardTop + 90);
        });
        if (!look.hashtags().isEmpty()) {
            Font font = TextFit.fitLine(look.hashtagLine(), faces, FontWeight.SEMIBOLD, 32, textWidth);
            g.setPaint(p.accent());
            TextShapes.fillCentred(g, look.hashtagLine(), font, textCentre, cardTop + 160);
        }
        look.hotline().ifPresent(number -> FrameParts.hotlineBadge(g, faces, number,
                width - 90 - 110, cardTop + cardHeight / 2, 74, p.accent(), p.light(), Palette.readableOn(p.accent())));
        look.logo().ifPresent(logo -> FrameParts.logoBadge(g, look.logo(), cx, 160, 64, p.light(), p.accent()));
    }
}

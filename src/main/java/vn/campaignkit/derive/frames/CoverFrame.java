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
 * The Facebook cover frame (1640×624): a border around the photo and a title card whose text stays inside
 * the 640×360 zone that phones show (centred), so nothing important is cropped on mobile.
 */
final class CoverFrame {
    static final Rectangle2D SAFE_ZONE = new Rectangle2D.Double(500, 132, 640, 360);

    private CoverFrame() {
    }

    static void paint(Graphics2D g, TypeFaces faces, FrameLook.Drawn look, Optional<DrawnText> school,
                      int width, int height) {
        Palette p = look.palette();
        Area border = new Area(new Rectangle2D.Double(0, 0, width, height));
        border.subtract(new Area(new Rectangle2D.Double(16, 16, width - 32, height - 32)));
        g.setPaint(p.primary());
        g.fill(border);
        Area inner = new Area(new Rectangle2D.Double(16, 16, width - 32, height - 32));
        inner.subtract(new Area(new Rectangle2D.Double(22, 22, width - 44, height - 44)));
        g.setPaint(p.accent());
        g.fill(inner);

        double left = SAFE_ZONE.getX() + 14;
        double cardWidth = SAFE_ZONE.getWidth() - 28;
        double cardTop = 338;
        double cardHeight = 140;
        Color card = switch (look.style()) {
            case RING -> p.primary();
            case BAND -> FrameParts.withAlpha(p.dark(), 0.92);
            case SASH -> p.accent();
        };
        Color line = look.style() == FrameDesign.Style.SASH ? p.primary() : p.accent();
        g.setPaint(card);
        g.fill(new RoundRectangle2D.Double(left, cardTop, cardWidth, cardHeight, 28, 28));
        g.setPaint(line);
        g.fill(new RoundRectangle2D.Double(left + 40, cardTop - 3, cardWidth - 80, 7, 7, 7));

        double cx = left + cardWidth / 2;
        Optional<DrawnText> headline = look.headline();
        double textWidth = cardWidth - (look.hotline().isPresent() ? 150 : 60);
        double textCentre = look.hotline().isPresent() ? left + 30 + textWidth / 2 : cx;
        Color ink = Palette.readableOn(new Color(card.getRGB() & 0xffffff));
        headline.ifPresent(h -> {
            Font font = TextFit.fitLine(h.text(), faces, FontWeight.EXTRABOLD, 50, textWidth);
            g.setPaint(ink);
            TextShapes.fillCentred(g, h.text(), font, textCentre, cardTop + 62);
        });
        String second = school.map(DrawnText::text).orElse(look.hashtagLine());
        if (!second.isBlank()) {
            Font font = TextFit.fitLine(second, faces, FontWeight.SEMIBOLD, 25, textWidth);
            g.setPaint(line.equals(p.accent()) && look.style() == FrameDesign.Style.RING ? p.light() : line);
            TextShapes.fillCentred(g, second, font, textCentre, cardTop + 110);
        }
        look.hotline().ifPresent(number -> FrameParts.hotlineBadge(g, faces, number,
                left + cardWidth - 66, cardTop + cardHeight / 2, 46, sash(look) ? p.primary() : p.accent(), p.light(),
                Palette.readableOn(sash(look) ? p.primary() : p.accent())));
        look.logo().ifPresent(logo -> FrameParts.logoBadge(g, look.logo(), SAFE_ZONE.getCenterX(), 190, 46,
                p.light(), p.accent()));
    }

    private static boolean sash(FrameLook.Drawn look) {
        return look.style() == FrameDesign.Style.SASH;
    }
}

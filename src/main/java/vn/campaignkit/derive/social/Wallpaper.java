package vn.campaignkit.derive.social;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import vn.campaignkit.derive.image.Canvas;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.FontWeight;
import vn.campaignkit.derive.image.Palette;
import vn.campaignkit.derive.image.PngBytes;
import vn.campaignkit.derive.image.TextFit;
import vn.campaignkit.derive.image.TextShapes;
import vn.campaignkit.derive.image.TypeFaces;

/**
 * Wallpapers with the campaign message and hotline. On phones all text sits between the clock and widget
 * band at the top and the torch/camera strip at the bottom; on desktops it sits right of the icon column
 * and above the task bar.
 */
public final class Wallpaper {
    private final TypeFaces faces;

    public Wallpaper(TypeFaces faces) {
        this.faces = faces;
    }

    public byte[] png(Brand brand, WallpaperFormat format) {
        return PngBytes.encode(image(brand, format));
    }

    public BufferedImage image(Brand brand, WallpaperFormat format) {
        BufferedImage image = new BufferedImage(format.width(), format.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.graphics(image);
        try {
            if (format.isPhone()) {
                paintPhone(g, brand, format.width(), format.height());
            } else {
                paintDesktop(g, brand, format.width(), format.height());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void paintPhone(Graphics2D g, Brand brand, double w, double h) {
        double k = w / 1080;
        Palette p = brand.palette();
        SocialParts.background(g, p, w, h, w / 2, h * 0.22, w * 0.36, true);
        double cx = w / 2;
        String titleText = brand.siteTitle().text().toUpperCase(java.util.Locale.forLanguageTag("vi"));
        Font title = TextFit.fitLine(titleText, faces, FontWeight.EXTRABOLD, 104 * k, w - 160 * k);
        double y = h * WallpaperFormat.CLOCK_BAND_BOTTOM + 60 * k + TextShapes.capHeight(title);
        g.setPaint(java.awt.Color.WHITE);
        TextShapes.fillCentred(g, titleText, title, cx, y);
        Font tagline = TextFit.fitLine(brand.tagline().text(), faces, FontWeight.BOLD, 46 * k, w - 160 * k);
        y += 80 * k;
        g.setPaint(p.accent());
        TextShapes.fillCentred(g, brand.tagline().text(), tagline, cx, y);
        y += 36 * k;
        if (brand.message().isPresent()) {
            TextFit.Block block = TextFit.fit(brand.message().get().text(), faces, FontWeight.SEMIBOLD, 42 * k, 28 * k,
                    w - 200 * k, 3);
            double lineHeight = block.font().getSize2D() * 1.38;
            g.setPaint(p.light());
            for (String line : block.lines().subList(0, Math.min(3, block.lines().size()))) {
                y += lineHeight;
                TextShapes.fillCentred(g, line, block.font(), cx, y);
            }
        }
        double pillHeight = 130 * k;
        double pillY = y + 60 * k + pillHeight / 2;
        if (brand.hotline().isPresent()) {
            DrawnText number = brand.hotline().get();
            double pillWidth = TextShapes.advance(number.text(), faces.font(FontWeight.EXTRABOLD, pillHeight * 0.62))
                    + pillHeight * 0.9;
            SocialParts.hotlinePill(g, faces, p, number, java.util.Optional.empty(), cx - pillWidth / 2, pillY, pillHeight, 0);
            y = pillY + pillHeight / 2;
            if (brand.hotlineName().isPresent()) {
                Font font = TextFit.fitLine(brand.hotlineName().get().text(), faces, FontWeight.SEMIBOLD, 40 * k, w - 160 * k);
                y += 62 * k;
                g.setPaint(p.light());
                TextShapes.fillCentred(g, brand.hotlineName().get().text(), font, cx, y);
            }
        }
        if (!brand.hashtags().isEmpty()) {
            Font tags = TextFit.fitLine(brand.hashtagLine(), faces, FontWeight.BOLD, 40 * k, w - 160 * k);
            g.setPaint(p.accent());
            TextShapes.fillCentred(g, brand.hashtagLine(), tags, cx, y + 80 * k);
        }
    }

    private void paintDesktop(Graphics2D g, Brand brand, double w, double h) {
        Palette p = brand.palette();
        SocialParts.background(g, p, w, h, w * 0.27, h * 0.48, h * 0.34, false);
        brand.logo().ifPresent(logo -> logo.paint(g, w * 0.27 - 110, h * 0.48 - 110, 220, 220));
        double left = w * 0.52;
        double width = w * 0.42;
        String titleText = brand.siteTitle().text().toUpperCase(java.util.Locale.forLanguageTag("vi"));
        Font title = TextFit.fitLine(titleText, faces, FontWeight.EXTRABOLD, 96, width);
        double y = h * 0.30 + TextShapes.capHeight(title);
        g.setPaint(java.awt.Color.WHITE);
        TextShapes.fillAt(g, titleText, title, left, y);
        Font tagline = TextFit.fitLine(brand.tagline().text(), faces, FontWeight.BOLD, 44, width);
        y += 76;
        g.setPaint(p.accent());
        TextShapes.fillAt(g, brand.tagline().text(), tagline, left, y);
        y += 20;
        if (brand.message().isPresent()) {
            TextFit.Block block = TextFit.fit(brand.message().get().text(), faces, FontWeight.SEMIBOLD, 34, 24, width, 3);
            double lineHeight = block.font().getSize2D() * 1.4;
            g.setPaint(p.light());
            List<String> lines = block.lines();
            for (String line : lines) {
                y += lineHeight;
                TextShapes.fillAt(g, line, block.font(), left, y);
            }
        }
        double pillY = y + 110;
        brand.hotline().ifPresent(number -> SocialParts.hotlinePill(g, faces, p, number, brand.hotlineName(), left, pillY, 96, width - 220));
        if (!brand.hashtags().isEmpty()) {
            Font tags = TextFit.fitLine(brand.hashtagLine(), faces, FontWeight.BOLD, 32, width);
            g.setPaint(p.light());
            TextShapes.fillAt(g, brand.hashtagLine(), tags, left, Math.min(pillY + 120, h - 110));
        }
    }
}

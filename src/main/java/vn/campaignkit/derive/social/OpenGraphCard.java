package vn.campaignkit.derive.social;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
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
 * The 1200×630 Open Graph image of a page: the site's name and tagline, the page title wrapped on up to
 * three balanced lines, the hashtags and the hotline, over the campaign's ring motif.
 */
public final class OpenGraphCard {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final double LEFT = 76;
    private static final double TEXT_WIDTH = 820;

    private final TypeFaces faces;
    private volatile CachedBase base;

    public OpenGraphCard(TypeFaces faces) {
        this.faces = faces;
    }

    public byte[] png(Brand brand, DrawnText title) {
        return PngBytes.encodeFlat(image(brand, title));
    }

    /**
     * The card: a copy of the brand's card without a title (drawn once per brand; the title's area holds
     * nothing else, so the pixels are those of drawing everything in one go) with the title drawn on it.
     */
    public BufferedImage image(Brand brand, DrawnText title) {
        BufferedImage base = untitled(brand);
        BufferedImage image = new BufferedImage(base.getColorModel(), base.copyData(null), false, null);
        Graphics2D g = Canvas.graphics(image);
        try {
            paintTitle(g, title);
        } finally {
            g.dispose();
        }
        return image;
    }

    private BufferedImage untitled(Brand brand) {
        CachedBase cached = base;
        if (cached != null && cached.brand().equals(brand)) {
            return cached.image();
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.graphics(image);
        try {
            paintBrand(g, brand);
        } finally {
            g.dispose();
        }
        base = new CachedBase(brand, image);
        return image;
    }

    /** The last brand's card without a title; read-only once made, shared by the threads drawing cards. */
    private record CachedBase(Brand brand, BufferedImage image) {
    }

    private void paintBrand(Graphics2D g, Brand brand) {
        Palette p = brand.palette();
        SocialParts.background(g, p, WIDTH, HEIGHT, 1130, 300, 300, false);
        g.setPaint(p.accent());
        g.fill(new RoundRectangle2D.Double(0, 0, 14, HEIGHT, 0, 0));

        double brandX = LEFT;
        if (brand.logo().isPresent()) {
            brand.logo().get().paint(g, LEFT, 52, 64, 64);
            brandX += 84;
        }
        Font siteFont = faces.font(FontWeight.EXTRABOLD, 34);
        g.setPaint(java.awt.Color.WHITE);
        TextShapes.fillAt(g, brand.siteTitle().text(), siteFont, brandX, 84);
        Font taglineFont = TextFit.fitLine(brand.tagline().text(), faces, FontWeight.SEMIBOLD, 22, TEXT_WIDTH - (brandX - LEFT));
        g.setPaint(p.accent());
        TextShapes.fillAt(g, brand.tagline().text(), taglineFont, brandX, 116);

        if (!brand.hashtags().isEmpty()) {
            Font tagFont = TextFit.fitLine(brand.hashtagLine(), faces, FontWeight.BOLD, 28, 600);
            g.setPaint(p.accent());
            TextShapes.fillAt(g, brand.hashtagLine(), tagFont, LEFT, 560);
        }
        brand.hotline().ifPresent(number -> SocialParts.hotlinePill(g, faces, p, number, java.util.Optional.empty(),
                WIDTH - 76 - pillWidth(number), 550, 64, 0));
    }

    /** The page title on up to three balanced lines, centred on the card's middle band (between brand and hashtags). */
    private void paintTitle(Graphics2D g, DrawnText title) {
        TextFit.Block block = TextFit.fit(title.text(), faces, FontWeight.EXTRABOLD, 76, 40, TEXT_WIDTH, 3);
        List<String> lines = block.lines().size() > 3 ? ellipsised(block, 3) : block.lines();
        Font font = block.font();
        double lineHeight = font.getSize2D() * 1.16;
        double cap = TextShapes.capHeight(font);
        double blockHeight = cap + (lines.size() - 1) * lineHeight;
        double top = 318 - blockHeight / 2;
        g.setPaint(java.awt.Color.WHITE);
        for (int i = 0; i < lines.size(); i++) {
            TextShapes.fillAt(g, lines.get(i), font, LEFT, top + cap + i * lineHeight);
        }
    }

    private double pillWidth(DrawnText number) {
        return TextShapes.advance(number.text(), faces.font(FontWeight.EXTRABOLD, 64 * 0.62)) + 64 * 0.9;
    }

    /** Keeps {@code max} lines, ending the last with an ellipsis, for titles too long even at the smallest size. */
    private static List<String> ellipsised(TextFit.Block block, int max) {
        List<String> kept = new java.util.ArrayList<>(block.lines().subList(0, max));
        String last = kept.get(max - 1);
        int cut = last.lastIndexOf(' ');
        kept.set(max - 1, (cut > 0 ? last.substring(0, cut) : last) + "…");
        return kept;
    }
}

package vn.campaignkit.derive.frames;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.LogoArt;
import vn.campaignkit.derive.image.Palette;
import vn.campaignkit.model.Frame;
import vn.campaignkit.model.FrameDesign;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.ImageFormat;
import vn.campaignkit.source.ImageProbe;

/**
 * Resolves a frame's design against the site: default texts from {@code site.yaml} (upper-cased), colours,
 * the logo or overlay file from the assets; reports missing or unusable files at their key.
 */
public final class FrameSpecBuilder {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final SiteConfig config;
    private final AssetCatalog assets;

    public FrameSpecBuilder(SiteConfig config, AssetCatalog assets) {
        this.config = config;
        this.assets = assets;
    }

    /** The defaults a frame falls back on, located in {@code site.yaml}. */
    public FrameDefaults defaults() {
        SiteConfig.Colours c = config.colours();
        List<DrawnText> hashtags = config.hashtags().stream().map(h -> siteText(h, "hashtags")).toList();
        Optional<DrawnText> hotline = config.hotlines().stream().findFirst().map(h -> siteText(h.number(), "hotlines"));
        String caption = config.title() + (config.tagline().isEmpty() ? "" : " – " + config.tagline()) + "\n"
                + String.join(" ", config.hashtags());
        return new FrameDefaults(Palette.ofHex(c.primary(), c.accent(), c.dark(), c.light()), siteText(config.title(), "title"),
                siteText(config.tagline(), "tagline"), hashtags, hotline, caption.strip());
    }

    private static DrawnText siteText(String text, String what) {
        return new DrawnText(text, "site.yaml", 0, 0, what);
    }

    public Optional<FrameSpec> build(Frame frame, Problems problems) {
        FrameDesign d = frame.design();
        FrameDefaults defaults = defaults();
        String path = frame.info().source();
        String slug = frame.info().slug().value();
        String caption = d.caption().orElse(defaults.caption());
        if (d.overlay().isPresent()) {
            return overlay(d.overlay().get(), path, problems).map(look -> new FrameSpec(slug, path, frame.title(), look, false,
                    caption, List.of(FrameFormat.MASTER, FrameFormat.SQUARE, FrameFormat.SMALL)));
        }
        Optional<LogoArt> logo = Optional.empty();
        if (d.logo().isPresent()) {
            FrameDesign.AssetRef ref = d.logo().get();
            Optional<AssetCatalog.Asset> file = asset(ref, path, problems);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            logo = LogoArt.read(file.get().bytes(), ref.assetPath(), path, ref.line(), ref.col(), problems);
            if (logo.isEmpty()) {
                return Optional.empty();
            }
        }
        Palette base = defaults.palette();
        Palette palette = new Palette(colour(d, "primary", base.primary()), colour(d, "accent", base.accent()),
                colour(d, "dark", base.dark()), colour(d, "light", base.light()));
        DrawnText title = upper(defaults.title());
        FrameLook.Drawn look = new FrameLook.Drawn(d.style(), palette,
                text(d.topText(), path, "top_text", Optional.of(title)),
                text(d.bottomText(), path, "bottom_text", Optional.of(upper(defaults.tagline())).filter(t -> !t.isEmpty())),
                text(d.bandText(), path, "band_text", Optional.of(title)),
                d.hashtags() ? defaults.hashtags() : List.of(),
                text(d.hotline(), path, "hotline", defaults.hotline()), logo);
        return Optional.of(new FrameSpec(slug, path, frame.title(), look, d.perSchool(), caption, formats(d)));
    }

    private static List<FrameFormat> formats(FrameDesign d) {
        if (d.formats().isEmpty()) {
            return List.of(FrameFormat.values());
        }
        Set<FrameFormat> chosen = EnumSet.noneOf(FrameFormat.class);
        for (String f : d.formats()) {
            switch (f) {
                case "square" -> chosen.addAll(List.of(FrameFormat.MASTER, FrameFormat.SQUARE, FrameFormat.SMALL));
                case "cover" -> chosen.add(FrameFormat.COVER);
                case "story" -> chosen.add(FrameFormat.STORY);
                default -> throw new IllegalStateException("format not validated: " + f);
            }
        }
        return new ArrayList<>(chosen);
    }

    private static Color colour(FrameDesign d, String name, Color fallback) {
        return Optional.ofNullable(d.colours().get(name)).map(Palette::hex).orElse(fallback);
    }

    private static Optional<DrawnText> text(FrameDesign.Text text, String path, String key, Optional<DrawnText> fallback) {
        if (text instanceof FrameDesign.Text.Given g) {
            return Optional.of(new DrawnText(g.text(), path, g.line(), g.col(), key));
        }
        return text instanceof FrameDesign.Text.Off ? Optional.empty() : fallback;
    }

    private static DrawnText upper(DrawnText t) {
        return new DrawnText(t.text().toUpperCase(VIETNAMESE), t.path(), t.line(), t.col(), t.what());
    }

    private Optional<AssetCatalog.Asset> asset(FrameDesign.AssetRef ref, String path, Problems problems) {
        Optional<AssetCatalog.Asset> asset = assets.get(ref.assetPath());
        if (asset.isEmpty()) {
            problems.add(path, ref.line(), ref.col(), ref.assetPath() + " does not exist", "put the file in the site's assets/ folder");
        }
        return asset;
    }

    private Optional<FrameLook> overlay(FrameDesign.AssetRef ref, String path, Problems problems) {
        Optional<AssetCatalog.Asset> file = asset(ref, path, problems);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = file.get().bytes();
        if (ImageProbe.of(bytes) instanceof ImageProbe.Unreadable u) {
            problems.add(path, ref.line(), ref.col(), "the overlay " + ref.assetPath() + " cannot be used: " + u.reason(), u.hint());
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageFormat.sniff(bytes).filter(f -> f == ImageFormat.PNG).isPresent()
                    ? ImageIO.read(new ByteArrayInputStream(bytes)) : null;
            if (image == null) {
                problems.add(path, ref.line(), ref.col(), "the overlay must be a PNG image with transparency", "export it as PNG");
                return Optional.empty();
            }
            if (image.getWidth() != image.getHeight() || image.getWidth() < 1080) {
                problems.add(path, ref.line(), ref.col(), "the overlay is " + image.getWidth() + "×" + image.getHeight()
                        + " pixels; it must be square and at least 1080×1080", "export it at 2160×2160");
                return Optional.empty();
            }
            if (image.getRGB(image.getWidth() / 2, image.getHeight() / 2) >>> 24 != 0) {
                problems.add(path, ref.line(), ref.col(), "the overlay's centre is not transparent, so it would hide the photo",
                        "erase the middle of the image to full transparency");
                return Optional.empty();
            }
            return Optional.of(new FrameLook.Overlay(image, ref.assetPath()));
        } catch (IOException e) {
            problems.add(path, ref.line(), ref.col(), "the overlay cannot be read: " + e.getMessage(), "export it again as PNG");
            return Optional.empty();
        }
    }
}

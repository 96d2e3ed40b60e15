package vn.campaignkit.derive.social;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.LogoArt;
import vn.campaignkit.derive.image.Palette;
import vn.campaignkit.model.Language;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.AssetCatalog;

/**
 * The campaign identity for social images, from {@code site.yaml} in the texts of one language: the wallpaper
 * message is {@code extra.wallpaper_message} when given (another language's is {@code extra.wallpaper_message_en}),
 * else the first two lines of the language's pledge; the logo is the site's {@code assets/img/logo.svg}.
 */
final class BrandBuilder {
    static final String LOGO = "assets/img/logo.svg";

    private BrandBuilder() {
    }

    static Brand build(SiteConfig c, Language language, AssetCatalog assets, Problems problems) {
        Palette palette = Palette.ofHex(c.colours().primary(), c.colours().accent(), c.colours().dark(), c.colours().light());
        List<DrawnText> hashtags = c.hashtags().stream().map(h -> text(h, "hashtags")).toList();
        String messageKey = language.isDefault() ? "wallpaper_message" : "wallpaper_message_" + language.code();
        Optional<DrawnText> message = Optional.ofNullable(c.extra().get(messageKey)).map(Object::toString)
                .or(() -> pledgeLines(c.pledge())).filter(m -> !m.isBlank()).map(m -> text(m, "pledge"));
        Optional<SiteConfig.Hotline> first = c.hotlines().stream().findFirst();
        Optional<LogoArt> logo = assets.get(LOGO).flatMap(a -> LogoArt.read(a.bytes(), LOGO, LOGO, 0, 0, problems));
        return new Brand(palette, text(c.title(), "title"), text(c.tagline(), "tagline"), hashtags, message,
                first.map(h -> text(h.number(), "hotlines")), first.map(h -> text(h.name(), "hotlines")), logo);
    }

    /** What the brand's images depend on, for fingerprints. */
    static String digest(Brand brand, AssetCatalog assets) {
        return Fingerprints.of(brand.palette().toString(), brand.texts().toString(),
                assets.get(LOGO).map(a -> Fingerprints.of(a.bytes())).orElse(""));
    }

    private static Optional<String> pledgeLines(String pledge) {
        List<String> lines = Arrays.stream(pledge.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).limit(2).toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", lines));
    }

    private static DrawnText text(String s, String what) {
        return new DrawnText(s, "site.yaml", 0, 0, what);
    }
}

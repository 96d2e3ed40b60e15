package vn.campaignkit.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code site.yaml} says, with defaults filled in for everything left out. Each declared language has its
 * own: the texts of a language entry ({@code languages:}) replace site.yaml's for that language.
 *
 * @param language       this config's language code; the first of {@code languages:} for the site's own config
 * @param dateFormat     how dates are written in this language (a {@link java.time.format.DateTimeFormatter} pattern), or
 *                       "" for the language's own (its messages' {@code dates.format})
 * @param otherLanguages the configs of the other declared languages, in site.yaml's order (empty for a one-language
 *                       site and inside those configs themselves)
 */
public record SiteConfig(
        String title,
        String tagline,
        String description,
        String language,
        Optional<String> baseUrl,
        List<String> hashtags,
        Optional<LocalDate> campaignStart,
        Optional<LocalDate> campaignEnd,
        String campaignNote,
        List<Hotline> hotlines,
        List<String> organisers,
        String pledge,
        Colours colours,
        Map<String, Object> extra,
        String dateFormat,
        List<SiteConfig> otherLanguages) {
    /** A one-language config whose dates are written the language's own way. */
    public SiteConfig(String title, String tagline, String description, String language, Optional<String> baseUrl,
                      List<String> hashtags, Optional<LocalDate> campaignStart, Optional<LocalDate> campaignEnd,
                      String campaignNote, List<Hotline> hotlines, List<String> organisers, String pledge, Colours colours,
                      Map<String, Object> extra) {
        this(title, tagline, description, language, baseUrl, hashtags, campaignStart, campaignEnd, campaignNote, hotlines,
                organisers, pledge, colours, extra, "", List.of());
    }

    /** This config and the other languages' configs, the default language first. */
    public List<SiteConfig> allLanguages() {
        List<SiteConfig> all = new java.util.ArrayList<>();
        all.add(this);
        all.addAll(otherLanguages);
        return List.copyOf(all);
    }

    /** A help line shown in the banner of every page and on every printable. */
    public record Hotline(String number, String name, String note) {
        /** Digits only, for {@code tel:} links. */
        public String dial() {
            return number.replaceAll("[^0-9+]", "");
        }
    }

    /** The campaign's palette, as {@code #rrggbb}. */
    public record Colours(String primary, String accent, String dark, String light) {
        public static final Colours DEFAULT = new Colours("#0b5cad", "#f2a900", "#0a2540", "#f4f8fc");
    }

    public static final Hotline HOTLINE_111 = new Hotline("111", "Tổng đài quốc gia bảo vệ trẻ em", "Miễn phí, 24/7");

    /** Hashtags without their leading '#', in the site's order. */
    public List<String> hashtagNames() {
        return hashtags.stream().map(h -> h.startsWith("#") ? h.substring(1) : h).toList();
    }

    /** The absolute URL of a site path such as {@code tips/x/}, when base_url is set. */
    public Optional<String> absolute(String sitePath) {
        return baseUrl.map(b -> b + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath));
    }
}

package vn.campaignkit.derive.print;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.Tip;
import vn.campaignkit.model.print.PrintText;

/** Builds the print view of the site ({@link PrintSite}) and the stamp of each school from the typed site. */
final class PrintSiteFactory {
    private static final String SITE_YAML = "site.yaml";
    /** Written into PDFs when the site has no campaign start date. */
    private static final LocalDate FALLBACK_DATE = LocalDate.of(2025, 1, 1);

    private PrintSiteFactory() {
    }

    static PrintSite of(Site site) {
        SiteConfig c = site.config();
        SiteConfig.Hotline hotline = c.hotlines().stream().filter(h -> h.dial().equals("111")).findFirst()
                .or(() -> c.hotlines().stream().findFirst()).orElse(SiteConfig.HOTLINE_111);
        List<PrintSite.TipCard> tips = site.tips().stream().map(PrintSiteFactory::card).toList();
        Optional<PrintText> pledge = c.pledge() == null || c.pledge().isBlank() ? Optional.empty()
                : Optional.of(yaml(c.pledge().strip()));
        LocalDate date = c.campaignStart().orElse(FALLBACK_DATE);
        Instant stamp = date.atStartOfDay().toInstant(ZoneOffset.UTC);
        return new PrintSite(yaml(c.title()), yaml(c.tagline() == null ? "" : c.tagline()), c.hashtags(),
                new PrintSite.Hotline(hotline.number(), yaml(hotline.name()), yaml(firstSentence(hotline.note()))),
                new PrintSite.Palette(c.colours().primary(), c.colours().accent(), c.colours().dark(), c.colours().light()),
                pledge, tips, stamp);
    }

    static Optional<SchoolStamp> stamp(Site site, School school) {
        return site.config().absolute(school.route().sitePath()).map(url -> new SchoolStamp(
                new PrintText(school.title(), school.info().source(), school.info().sourceLine(), 1), school.province(), url));
    }

    private static PrintSite.TipCard card(Tip tip) {
        String path = tip.info().source();
        return new PrintSite.TipCard(new PrintText(tip.title(), path, tip.info().sourceLine(), 1),
                new PrintText(tip.info().summary().orElse(""), path, tip.info().sourceLine(), 1), tip.weight());
    }

    /** The first sentence of a hotline note ("Miễn phí, 24/7. Lắng nghe…" → "Miễn phí, 24/7."): room on paper is short. */
    static String firstSentence(String note) {
        if (note == null) {
            return "";
        }
        String n = note.strip();
        int dot = n.indexOf(". ");
        return dot < 0 ? n : n.substring(0, dot + 1);
    }

    private static PrintText yaml(String text) {
        return new PrintText(text, SITE_YAML, 1, 1);
    }
}

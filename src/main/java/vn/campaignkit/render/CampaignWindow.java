package vn.campaignkit.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.Language;
import vn.campaignkit.model.Messages;

/**
 * The campaign banner as templates see it ({@code campaign}): days left, days until the start, or ended,
 * as of the build day. site.js recomputes the same text in the browser from {@code startIso}/{@code endIso}.
 *
 * @param state "", "upcoming", "running" or "ended" ("" when site.yaml gives no campaign dates)
 */
public record CampaignWindow(String state, String text, String startIso, String endIso) {

    public static CampaignWindow of(SiteConfig config, LocalDate today, Language language) {
        if (config.campaignStart().isEmpty() || config.campaignEnd().isEmpty()) {
            return new CampaignWindow("", "", "", "");
        }
        LocalDate start = config.campaignStart().get();
        LocalDate end = config.campaignEnd().get();
        String range = language.date(start) + " – " + language.date(end);
        Messages m = language.messages();
        if (today.isBefore(start)) {
            return new CampaignWindow("upcoming", m.fill("campaign.upcoming", "days", ChronoUnit.DAYS.between(today, start),
                    "range", range), start.toString(), end.toString());
        }
        if (today.isAfter(end)) {
            return new CampaignWindow("ended", m.fill("campaign.ended", "range", range), start.toString(), end.toString());
        }
        return new CampaignWindow("running", m.fill("campaign.running", "days", ChronoUnit.DAYS.between(today, end) + 1,
                "range", range), start.toString(), end.toString());
    }
}

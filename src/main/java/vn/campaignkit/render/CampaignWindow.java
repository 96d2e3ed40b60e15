package vn.campaignkit.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.campaignkit.config.SiteConfig;

/**
 * The campaign banner as templates see it ({@code campaign}): days left, days until the start, or ended,
 * as of the build day. site.js recomputes the same text in the browser from {@code startIso}/{@code endIso}.
 *
 * @param state "", "upcoming", "running" or "ended" ("" when site.yaml gives no campaign dates)
 */
public record CampaignWindow(String state, String text, String startIso, String endIso) {

    public static CampaignWindow of(SiteConfig config, LocalDate today) {
        if (config.campaignStart().isEmpty() || config.campaignEnd().isEmpty()) {
            return new CampaignWindow("", "", "", "");
        }
        LocalDate start = config.campaignStart().get();
        LocalDate end = config.campaignEnd().get();
        String range = Dates.text(start) + " – " + Dates.text(end);
        if (today.isBefore(start)) {
            return new CampaignWindow("upcoming", "Cao điểm toàn quốc bắt đầu sau " + ChronoUnit.DAYS.between(today, start)
                    + " ngày: " + range, start.toString(), end.toString());
        }
        if (today.isAfter(end)) {
            return new CampaignWindow("ended", "Đợt cao điểm toàn quốc (" + range
                    + ") đã kết thúc – các địa phương vẫn tiếp tục lan tỏa.", start.toString(), end.toString());
        }
        return new CampaignWindow("running", "Còn " + (ChronoUnit.DAYS.between(today, end) + 1) + " ngày cao điểm toàn quốc: "
                + range, start.toString(), end.toString());
    }
}

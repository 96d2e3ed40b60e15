package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaignkit.config.SiteConfig;

/** The national period 06/10/2025 – 30/11/2025 (campaign-facts.md) as the banner says it on the days around its edges. */
class CampaignWindowTest {
    private static final vn.campaignkit.model.Language VI = vn.campaignkit.model.Language.builtIn("vi");

    private static SiteConfig config(Optional<LocalDate> start, Optional<LocalDate> end) {
        return new SiteConfig("Không một mình", "", "", "vi", Optional.empty(), List.of(), start, end, "", List.of(), List.of(), "",
                SiteConfig.Colours.DEFAULT, Map.of());
    }

    private static CampaignWindow on(String day) {
        return CampaignWindow.of(config(Optional.of(LocalDate.of(2025, 10, 6)), Optional.of(LocalDate.of(2025, 11, 30))),
                LocalDate.parse(day), VI);
    }

    @Test
    void beforeTheStartItCountsTheDaysUntilIt() {
        assertThat(on("2025-10-05")).isEqualTo(new CampaignWindow("upcoming",
                "Cao điểm toàn quốc bắt đầu sau 1 ngày: 06/10/2025 – 30/11/2025", "2025-10-06", "2025-11-30"));
        assertThat(on("2025-09-26").text()).startsWith("Cao điểm toàn quốc bắt đầu sau 10 ngày:");
    }

    @Test
    void fromTheFirstToTheLastDayItCountsTheDaysLeftIncludingToday() {
        assertThat(on("2025-10-06")).isEqualTo(new CampaignWindow("running",
                "Còn 56 ngày cao điểm toàn quốc: 06/10/2025 – 30/11/2025", "2025-10-06", "2025-11-30"));
        assertThat(on("2025-11-30").text()).isEqualTo("Còn 1 ngày cao điểm toàn quốc: 06/10/2025 – 30/11/2025");
    }

    @Test
    void inEnglishOneDayReadsAsCorrectlyAsTen() {
        vn.campaignkit.model.Language en = vn.campaignkit.model.Language.builtIn("en");
        SiteConfig c = config(Optional.of(LocalDate.of(2025, 10, 6)), Optional.of(LocalDate.of(2025, 11, 30)));
        assertThat(CampaignWindow.of(c, LocalDate.of(2025, 10, 5), en).text())
                .isEqualTo("Days until the national campaign peak: 1 (6 October 2025 – 30 November 2025)");
        assertThat(CampaignWindow.of(c, LocalDate.of(2025, 11, 30), en).text())
                .isEqualTo("Days left in the national campaign peak: 1 (6 October 2025 – 30 November 2025)");
        assertThat(CampaignWindow.of(c, LocalDate.of(2025, 11, 21), en).text())
                .isEqualTo("Days left in the national campaign peak: 10 (6 October 2025 – 30 November 2025)");
    }

    @Test
    void afterTheLastDayItSaysThePeriodHasEnded() {
        assertThat(on("2025-12-01")).isEqualTo(new CampaignWindow("ended",
                "Đợt cao điểm toàn quốc (06/10/2025 – 30/11/2025) đã kết thúc – các địa phương vẫn tiếp tục lan tỏa.",
                "2025-10-06", "2025-11-30"));
    }

    @Test
    void withoutBothDatesThereIsNoBanner() {
        CampaignWindow none = new CampaignWindow("", "", "", "");
        assertThat(CampaignWindow.of(config(Optional.empty(), Optional.empty()), LocalDate.of(2025, 10, 20), VI)).isEqualTo(none);
        assertThat(CampaignWindow.of(config(Optional.of(LocalDate.of(2025, 10, 6)), Optional.empty()), LocalDate.of(2025, 10, 20), VI))
                .isEqualTo(none);
    }
}

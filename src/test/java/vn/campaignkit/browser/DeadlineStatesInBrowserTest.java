package vn.campaignkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import vn.campaignkit.site.BuiltSite;

/**
 * The contest "Vẽ tranh" (open 2025-10-06 to 2025-11-15) and the national campaign (2025-10-06 to
 * 2025-11-30) on a day before, during, on the last day of and after them: written so by {@code build --now},
 * and kept or refreshed by the page's script for the visitor's day (the browser's clock fixed by the test).
 */
class DeadlineStatesInBrowserTest {
    private static final String CONTEST = "contests/ve-tranh/index.html";
    private static final String BANNER_PAGE = "quizzes/index.html";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-10-01 | upcoming | Sắp mở – nhận bài từ 06/10/2025           | upcoming | Cao điểm toàn quốc bắt đầu sau 5 ngày: 06/10/2025 – 30/11/2025
            2025-10-20 | open     | Đang nhận bài – còn 27 ngày                | running  | Còn 42 ngày cao điểm toàn quốc: 06/10/2025 – 30/11/2025
            2025-11-15 | open     | Đang nhận bài – hôm nay là ngày cuối       | running  | Còn 16 ngày cao điểm toàn quốc: 06/10/2025 – 30/11/2025
            2025-12-01 | closed   | Đã kết thúc                                | ended    | Đợt cao điểm toàn quốc (06/10/2025 – 30/11/2025) đã kết thúc – các địa phương vẫn tiếp tục lan tỏa.
            """)
    void aBuildForTheDayShowsItsStateAndTheBrowserKeepsIt(String day, String state, String text, String campaignState, String campaignText,
                                                          @TempDir Path work) {
        Path out = work.resolve("out");
        BuiltSite.Result r = BuiltSite.build(BuiltSite.root(), out, "--now", day, "--pages-only", "--base-url", BuiltSite.BASE_URL);
        assertThat(r.exit()).as(r.err()).isZero();
        Document contest = Jsoup.parse(BuiltSite.read(out.resolve(CONTEST)));
        assertThat(contest.selectFirst(".js-contest-state").text()).isEqualTo(text);
        assertThat(contest.selectFirst(".js-contest-state").hasClass("contest-state--" + state)).isTrue();
        Document banner = Jsoup.parse(BuiltSite.read(out.resolve(BANNER_PAGE)));
        assertThat(banner.selectFirst(".js-campaign-window").text()).isEqualTo(campaignText);
        assertThat(banner.selectFirst(".campaign-banner").hasClass("campaign-banner--" + campaignState)).isTrue();
        assertThat(Jsoup.parse(BuiltSite.read(out.resolve("index.html"))).selectFirst(".hero__dates").text()).isEqualTo(campaignText);
        try (Browser browser = Browser.phone()) {
            browser.fixClock(LocalDate.parse(day));
            assertShown(browser, out, state, text, campaignState, campaignText);
        }
    }

    @ParameterizedTest(name = "built 2025-10-20, visited {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-10-01 | upcoming | Sắp mở – nhận bài từ 06/10/2025           | upcoming | Cao điểm toàn quốc bắt đầu sau 5 ngày: 06/10/2025 – 30/11/2025
            2025-10-21 | open     | Đang nhận bài – còn 26 ngày                | running  | Còn 41 ngày cao điểm toàn quốc: 06/10/2025 – 30/11/2025
            2025-11-15 | open     | Đang nhận bài – hôm nay là ngày cuối       | running  | Còn 16 ngày cao điểm toàn quốc: 06/10/2025 – 30/11/2025
            2025-11-30 | closed   | Đã kết thúc                                | running  | Còn 1 ngày cao điểm toàn quốc: 06/10/2025 – 30/11/2025
            2025-12-01 | closed   | Đã kết thúc                                | ended    | Đợt cao điểm toàn quốc (06/10/2025 – 30/11/2025) đã kết thúc – các địa phương vẫn tiếp tục lan tỏa.
            """)
    void aPageBuiltEarlierShowsTheVisitorsDay(String day, String state, String text, String campaignState, String campaignText) {
        Path out = BuiltSite.output();
        assertThat(BuiltSite.NOW).isEqualTo("2025-10-20");
        try (Browser browser = Browser.phone()) {
            browser.fixClock(LocalDate.parse(day));
            assertShown(browser, out, state, text, campaignState, campaignText);
        }
    }

    private static void assertShown(Browser browser, Path out, String state, String text, String campaignState, String campaignText) {
        browser.open(out.resolve(CONTEST));
        var shown = browser.driver().findElement(By.cssSelector(".js-contest-state"));
        assertThat(shown.getText()).isEqualTo(text);
        assertThat(shown.getAttribute("class")).contains("contest-state--" + state);
        browser.open(out.resolve(BANNER_PAGE));
        assertThat(browser.driver().findElement(By.cssSelector(".js-campaign-window")).getText()).isEqualTo(campaignText);
        assertThat(browser.driver().findElement(By.cssSelector(".campaign-banner")).getAttribute("class")).contains("campaign-banner--" + campaignState);
        browser.open(out.resolve("index.html"));
        assertThat(browser.driver().findElement(By.cssSelector(".hero__dates")).getText()).isEqualTo(campaignText);
    }
}

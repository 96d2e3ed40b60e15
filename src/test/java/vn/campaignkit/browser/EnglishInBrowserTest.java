package vn.campaignkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.campaignkit.site.BuiltSite;

/**
 * The default site's English part (en/) in headless Chromium from file://: the scripts write English (days left,
 * search, pledge card), the switcher goes between the languages, and the pages are axe-clean.
 */
class EnglishInBrowserTest {
    private final Path out = BuiltSite.output();

    @Test
    void englishPagesHaveNoSeriousAccessibilityViolations() {
        String axe = Browser.axeScript();
        try (Browser browser = Browser.desktop()) {
            for (String page : List.of("en/index.html", "en/tips/index.html", "en/hashtags/khongmotminh/index.html",
                    "en/contests/index.html", "en/quizzes/index.html", "en/scenarios/index.html", "en/news/index.html",
                    "en/downloads/index.html", "en/pledge/index.html")) {
                browser.open(out.resolve(page));
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("en");
                assertThat(browser.seriousAxeViolations(axe)).as(page).isEmpty();
            }
        }
    }

    @Test
    void theCampaignBannerCountsDaysInEnglishForTheVisitorsDay() {
        try (Browser browser = Browser.phone()) {
            browser.fixClock(LocalDate.of(2025, 11, 20));
            browser.open(out.resolve("en/index.html"));
            assertThat(browser.driver().findElement(By.cssSelector(".hero__dates")).getText())
                    .isEqualTo("Days left in the national campaign peak: 11 (6 October 2025 – 30 November 2025)");
        }
        try (Browser browser = Browser.phone()) {
            browser.fixClock(LocalDate.of(2025, 12, 5));
            browser.open(out.resolve("en/index.html"));
            assertThat(browser.driver().findElement(By.cssSelector(".hero__dates")).getText())
                    .isEqualTo("The national campaign peak (6 October 2025 – 30 November 2025) has ended – provinces and schools carry it on.");
            browser.open(out.resolve("index.html"));
            assertThat(browser.driver().findElement(By.cssSelector(".hero__dates")).getText())
                    .isEqualTo("Đợt cao điểm toàn quốc (06/10/2025 – 30/11/2025) đã kết thúc – các địa phương vẫn tiếp tục lan tỏa.");
        }
    }

    @Test
    void searchOnAnEnglishPageFindsEnglishPagesInEnglish() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("en/tips/index.html"));
            List<WebElement> links = browser.search("khongmotminh", "Results found:.*");
            assertThat(links).isNotEmpty();
            assertThat(links).allMatch(a -> a.getAttribute("href").contains("/en/"));
            assertThat(links.get(0).getText()).startsWith("Hashtag #khongmotminh");
            assertThat(browser.search("zzzz", "Nothing found for “zzzz”\\.")).isEmpty();
        }
    }

    @Test
    void thePledgeCardIsWrittenInEnglish() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("en/pledge/index.html"));
            browser.driver().findElement(By.id("pledge-name")).sendKeys("Lan");
            WebElement download = browser.driver().findElement(By.cssSelector(".js-pledge-download"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> download.getAttribute("download").equals("pledge-card-lan.png"));
            assertThat(browser.driver().findElement(By.cssSelector(".js-pledge-canvas")).getAttribute("aria-label"))
                    .isEqualTo("Preview of the pledge card for Lan");
            assertThat(browser.driver().findElement(By.cssSelector(".js-pledge-status")).getText())
                    .isEqualTo("Your card is ready – press “Download the pledge card” to save it.");
            assertThat(browser.driver().findElements(By.cssSelector(".pledge-text p")).get(0).getText())
                    .isEqualTo("I do not keep it a secret when I am lured, threatened or scammed online.");
        }
    }

    @Test
    void theSwitcherGoesBetweenTheLanguages() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("tips/index.html"));
            browser.driver().findElement(By.cssSelector("nav.language-switch a")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/en/tips/index.html");
            assertThat(browser.driver().findElement(By.cssSelector("h1")).getText()).isEqualTo("Safety tips");
            browser.driver().findElement(By.cssSelector("nav.language-switch a")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/tips/index.html").doesNotContain("/en/");
        }
    }
}

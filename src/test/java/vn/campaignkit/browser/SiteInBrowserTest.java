package vn.campaignkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.campaignkit.site.BuiltSite;

/** The default site opened from file:// in headless Chromium, as a visitor on a phone would. */
class SiteInBrowserTest {
    private final Path out = BuiltSite.output();

    @Test
    void navigatesFromFileUrlsWithoutCspViolationsOrNetworkRequests() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("index.html"));
            assertThat(browser.driver().findElement(By.cssSelector(".hero__title")).getText()).containsIgnoringCase("không một mình");
            browser.driver().findElement(By.cssSelector(".site-nav__toggle")).click();
            browser.driver().findElement(By.linkText("Mẹo an toàn")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/tips/index.html");
            browser.driver().findElements(By.cssSelector(".card__title a")).get(0).click();
            assertThat(browser.driver().findElement(By.cssSelector(".hotline-bar a[href='tel:111']")).isDisplayed()).isTrue();
            browser.driver().findElement(By.cssSelector(".brand")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/index.html");
            String font = (String) browser.js("return getComputedStyle(document.body).fontFamily");
            assertThat(font).contains("Be Vietnam Pro");
            assertThat((Boolean) browser.js("return document.fonts.check('16px \"Be Vietnam Pro\"')")).isTrue();
            List<String> console = browser.console();
            assertThat(console).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused"));
            assertThat(browser.requests()).allMatch(url -> url.startsWith("file:") || url.startsWith("data:"));
        }
    }

    @Test
    void schoolFilterIgnoresDiacritics() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("schools/index.html"));
            WebElement input = browser.driver().findElement(By.id("school-filter"));
            input.sendKeys("le loi");
            List<String> visible = browser.driver().findElements(By.cssSelector(".js-filter-item")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
            assertThat(visible).isNotEmpty().allMatch(t -> t.contains("Lê Lợi"));
            assertThat(browser.driver().findElement(By.cssSelector(".js-filter-status")).getText()).startsWith("Tìm thấy");
        }
    }

    @Test
    void copyCaptionGivesFeedback() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("hashtags/khongmotminh/index.html"));
            browser.driver().findElement(By.cssSelector(".js-copy")).click();
            Browser.sleep(300);
            assertThat(browser.driver().findElement(By.cssSelector(".share__status")).getText()).isNotBlank();
        }
    }

    @Test
    void keyPagesHaveNoSeriousAccessibilityViolations() {
        String axe = Browser.axeScript();
        try (Browser browser = Browser.desktop()) {
            for (String page : List.of("index.html", "tips/index.html", "tips/canh-giac-cuoc-goi-gia-danh-cong-an/index.html",
                    "hashtags/khongmotminh/index.html", "contests/ve-tranh/index.html", "schools/index.html",
                    "schools/ha-noi/thpt-mau-song-hong/index.html", "news/index.html", "downloads/index.html")) {
                browser.open(out.resolve(page));
                assertThat(browser.seriousAxeViolations(axe)).as(page).isEmpty();
            }
        }
    }
}

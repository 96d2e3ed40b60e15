package vn.campaignkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.campaignkit.site.BuiltSite;

/** Role-play scenarios and the pledge card in headless Chromium from file:// (the campaign banner: DeadlineStatesInBrowserTest). */
class PlayInBrowserTest {
    private final Path out = BuiltSite.output();

    private static List<WebElement> shownScenes(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".scene")).stream().filter(WebElement::isDisplayed).toList();
    }

    /** Clicks a choice once it is shown: scenes change on hashchange, which the browser fires after the click. */
    private static void choose(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.findElements(By.partialLinkText(text)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    }

    private static void waitForScene(Browser browser, String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> shownScenes(browser).stream()
                .map(e -> e.getAttribute("id")).toList().equals(List.of(id)));
    }

    @Test
    void scenarioShowsOneSceneAtATimeAndFollowsChoicesToAnEnding() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("scenarios/cuoc-goi-gia-danh-cong-an/index.html"));
            assertThat(shownScenes(browser)).extracting(e -> e.getAttribute("id")).containsExactly("canh-cuoc-goi");
            choose(browser, "Nghe tiếp");
            waitForScene(browser, "canh-nghe-tiep");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("canh-nghe-tiep");
            choose(browser, "hỏi bố mẹ");
            browser.driver().navigate().back();
            waitForScene(browser, "canh-nghe-tiep");
            choose(browser, "Đồng ý giữ bí mật");
            choose(browser, "Bắt xe đến khách sạn");
            choose(browser, "Quay video");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> shownScenes(browser).stream()
                    .anyMatch(e -> e.getAttribute("class").contains("scene--unsafe")));
            WebElement ending = shownScenes(browser).get(0);
            assertThat(ending.getAttribute("class")).contains("scene--unsafe");
            assertThat(ending.findElement(By.tagName("h2")).getText()).startsWith("Kết thúc chưa an toàn");
            assertThat(ending.getText()).contains("Điều cần nhớ").contains("111");
            ending.findElement(By.linkText("Chơi lại từ đầu")).click();
            waitForScene(browser, "canh-cuoc-goi");
            assertThat(browser.console()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
        }
    }

    @Test
    void pledgeCardIsDrawnInTheBrowserWithTheTypedNameAndOfferedAsPng() throws java.io.IOException {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("pledge/index.html"));
            browser.requests();
            WebElement name = browser.driver().findElement(By.id("pledge-name"));
            name.sendKeys("Nguyễn Thị Lan");
            browser.driver().findElement(By.id("pledge-group")).sendKeys("Lớp 9A");
            WebElement download = browser.driver().findElement(By.cssSelector(".js-pledge-download"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                    download.getAttribute("download").equals("the-cam-ket-nguyen-thi-lan.png"));
            assertThat(download.getAttribute("href")).startsWith("blob:");
            String png = (String) browser.js("return document.querySelector('.js-pledge-canvas').toDataURL('image/png')");
            java.nio.file.Files.write(Path.of("target/pledge-card.png"), java.util.Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1)));
            assertThat(browser.driver().findElement(By.cssSelector(".js-pledge-canvas")).getAttribute("aria-label")).endsWith("của Nguyễn Thị Lan");
            // the white card and the primary-colour frame are drawn
            Object corner = browser.js("return Array.from(document.querySelector('.js-pledge-canvas').getContext('2d').getImageData(10, 10, 1, 1).data)");
            Object card = browser.js("return Array.from(document.querySelector('.js-pledge-canvas').getContext('2d').getImageData(540, 700, 1, 1).data)");
            assertThat(corner).asList().containsExactly(11L, 92L, 173L, 255L);
            assertThat(card).asList().isNotEqualTo(List.of(0L, 0L, 0L, 0L));
            assertThat(browser.requests()).as("the name is sent nowhere").allMatch(u -> u.startsWith("file:") || u.startsWith("blob:") || u.startsWith("data:"));
        }
    }

    @Test
    void playPagesHaveNoSeriousAccessibilityViolations() {
        String axe = Browser.axeScript();
        try (Browser browser = Browser.desktop()) {
            for (String page : List.of("quizzes/index.html", "quizzes/nhan-dien-chieu-lua/index.html",
                    "quizzes/nhan-dien-chieu-lua/print/index.html", "scenarios/index.html",
                    "scenarios/ban-tren-mang-xin-anh/index.html", "pledge/index.html")) {
                browser.open(out.resolve(page));
                assertThat(browser.seriousAxeViolations(axe)).as(page).isEmpty();
            }
            browser.open(out.resolve("quizzes/khi-gap-chuyen-lam-gi/index.html"));
            browser.driver().findElement(By.cssSelector("#cau-1-a + label")).click();
            browser.driver().findElement(By.cssSelector("#cau-1 .js-quiz-check")).click();
            assertThat(browser.seriousAxeViolations(axe)).as("quiz with feedback shown").isEmpty();
            browser.driver().findElement(By.cssSelector(".js-search-input")).sendKeys("le loi");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                    !d.findElements(By.cssSelector(".js-search-results a")).isEmpty());
            assertThat(browser.seriousAxeViolations(axe)).as("search results shown").isEmpty();
        }
    }
}

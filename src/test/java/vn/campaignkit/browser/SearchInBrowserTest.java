package vn.campaignkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.campaignkit.site.BuiltSite;

/** The header search from file://: loads its index only when used, ignores diacritics and case. */
class SearchInBrowserTest {
    private final Path out = BuiltSite.output();

    private static List<String> results(Browser browser, String query) {
        return browser.search(query, "(Có|Không).*").stream().map(WebElement::getText).toList();
    }

    @Test
    void loadsTheIndexOnlyWhenTheVisitorStartsSearching() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("tips/index.html"));
            assertThat(browser.driver().findElement(By.cssSelector(".js-search")).isDisplayed()).isTrue();
            assertThat(browser.requests()).noneMatch(url -> url.contains("search"));
            browser.driver().findElement(By.cssSelector(".js-search-input")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.js("return typeof window.campaignSearchIndex") != null
                    && browser.js("return document.querySelectorAll('script[src*=\"search/index.js\"]').length").equals(1L));
            List<String> requests = browser.requests();
            assertThat(requests).anyMatch(url -> url.contains("/assets/js/search.js")).anyMatch(url -> url.contains("/search/index.js?v="));
            assertThat(requests).allMatch(url -> url.startsWith("file:") || url.startsWith("data:"));
            assertThat(browser.console()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused"));
        }
    }

    @Test
    void findsVietnameseTextTypedWithoutDiacritics() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("index.html"));
            List<String> plain = results(browser, "an toan truc tuyen");
            assertThat(plain).isNotEmpty().anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("an toàn trực tuyến"));
            assertThat(results(browser, "AN TOÀN TRỰC TUYẾN")).isEqualTo(plain);

            List<String> schools = results(browser, "le loi");
            assertThat(schools).contains("Trường THCS Mẫu Lê Lợi – Cần Thơ", "Trường Tiểu học Mẫu Lê Lợi – Thanh Hóa");
            assertThat(schools.subList(0, 3)).as("titles that match come first").allMatch(t -> t.contains("Lê Lợi"));
            assertThat(results(browser, "Lê Lợi")).isEqualTo(schools);

            assertThat(results(browser, "khongmotminh")).anyMatch(t -> t.startsWith("Hashtag #khongmotminh"));
            assertThat(results(browser, "viec nhe luong cao")).anyMatch(t -> t.startsWith("Mẹo")).anyMatch(t -> t.startsWith("Nhập vai"));
            assertThat(results(browser, "ve tranh")).anyMatch(t -> t.startsWith("Cuộc thi"));
            assertThat(results(browser, "hai phong truong tien phong")).anyMatch(t -> t.startsWith("Tin tức"));
            assertThat(results(browser, "zzqx")).isEmpty();
            assertThat(browser.driver().findElement(By.cssSelector(".js-search-status")).getText()).startsWith("Không tìm thấy");
        }
    }

    @Test
    void resultLinksOpenTheirPagesFromFileUrls() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("tips/luu-bang-chung/index.html"));
            results(browser, "mau song hong");
            List<String> hrefs = browser.driver().findElements(By.cssSelector(".js-search-results a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertThat(hrefs).isNotEmpty().allMatch(h -> Files.isRegularFile(Path.of(java.net.URI.create(h))));
            browser.driver().findElement(By.cssSelector(".js-search-results a")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/schools/ha-noi/thpt-mau-song-hong/index.html");
        }
    }
}

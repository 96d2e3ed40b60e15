package vn.campaignkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.campaignkit.site.BuiltSite;

/**
 * The header's navigation on a 360 px phone and a 1366 px laptop: every section reachable, nothing
 * clipped or sticking out sideways, 44 px touch targets, with and without script, by keyboard.
 */
class NavigationInBrowserTest {
    private static final List<String> PAGES = List.of("index.html", "tips/luu-bang-chung/index.html", "gioi-thieu/index.html",
            "schools/ha-noi/thpt-mau-song-hong/index.html", "quizzes/nhan-dien-chieu-lua/print/index.html");
    private static final List<String> SECTIONS = List.of("Mẹo an toàn", "Câu đố", "Nhập vai", "Cuộc thi", "Trường tham gia", "Tải về",
            "Cam kết", "Hashtag", "Tin tức", "Giới thiệu chiến dịch", "Tài nguyên và nơi trợ giúp");
    private static final List<String> IN_THE_ROW = SECTIONS.subList(0, 6);
    private static final List<String> UNDER_MORE = SECTIONS.subList(6, SECTIONS.size());

    /**
     * For each navigation link: its text, whether it is shown (checkVisibility also sees the closed
     * disclosures' content-visibility), and whether its box lies inside the
     * window, is at least 44 px in both directions and shows its whole text; plus the page's own overflow.
     */
    private static final String MEASURE = """
            const w = document.documentElement.clientWidth;
            const links = [...document.querySelectorAll('.site-nav a, .site-nav summary')].map(a => {
              const r = a.getBoundingClientRect();
              const shown = a.checkVisibility({visibilityProperty: true}) && r.width > 0 && r.height > 0;
              return {text: a.textContent.trim().replace(/\\s+/g, ' '), shown: shown,
                inside: r.left >= 0 && r.right <= w + 0.5, big: r.width >= 44 && r.height >= 44,
                whole: a.scrollWidth <= a.clientWidth + 1, top: Math.round(r.top)};
            });
            return {links: links, pageOverflow: document.documentElement.scrollWidth - w};
            """;

    private final Path out = BuiltSite.output();

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> links(Browser browser) {
        Map<String, Object> m = (Map<String, Object>) browser.js(MEASURE);
        assertThat(((Number) m.get("pageOverflow")).intValue()).as("page wider than the window").isLessThanOrEqualTo(0);
        return (List<Map<String, Object>>) m.get("links");
    }

    private static List<String> shownTexts(List<Map<String, Object>> links) {
        return links.stream().filter(l -> (Boolean) l.get("shown")).map(l -> (String) l.get("text")).toList();
    }

    private static void assertNoneClippedOrSmall(String page, List<Map<String, Object>> links) {
        for (Map<String, Object> link : links) {
            if ((Boolean) link.get("shown")) {
                assertThat(link).as(page + ": " + link.get("text")).containsEntry("inside", true).containsEntry("big", true).containsEntry("whole", true);
            }
        }
    }

    @Test
    void onAPhoneTheMenuButtonOpensEverySectionWithNothingClippedOrSideways() {
        try (Browser browser = Browser.ofSize(360, 740)) {
            for (String page : PAGES) {
                browser.open(out.resolve(page));
                List<Map<String, Object>> closed = links(browser);
                assertThat(shownTexts(closed)).as(page + ": only the menu button before it is pressed").containsExactly("Danh mục");
                assertNoneClippedOrSmall(page, closed);
                browser.driver().findElement(By.cssSelector(".site-nav__toggle")).click();
                List<Map<String, Object>> open = links(browser);
                assertThat(shownTexts(open)).as(page).containsExactlyElementsOf(concat(List.of("Danh mục"), SECTIONS));
                assertNoneClippedOrSmall(page, open);
            }
            browser.open(out.resolve("index.html"));
            browser.driver().findElement(By.cssSelector(".site-nav__toggle")).click();
            browser.driver().findElement(By.linkText("Cuộc thi")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/contests/index.html");
            assertThat(browser.seriousAxeViolations(Browser.axeScript())).isEmpty();
            browser.driver().findElement(By.cssSelector(".site-nav__toggle")).click();
            assertThat(browser.seriousAxeViolations(Browser.axeScript())).as("menu open").isEmpty();
        }
    }

    @Test
    void onALaptopTheMainSectionsStandInOneRowAndTheRestOpenUnderMore() {
        try (Browser browser = Browser.ofSize(1366, 900)) {
            for (String page : PAGES) {
                browser.open(out.resolve(page));
                List<Map<String, Object>> closed = links(browser);
                String more = page.startsWith("gioi-thieu/") ? "Thêm (đang xem một mục trong đây)" : "Thêm";
                assertThat(shownTexts(closed)).as(page).containsExactlyElementsOf(concat(IN_THE_ROW, List.of(more)));
                assertThat(closed.stream().filter(l -> (Boolean) l.get("shown")).map(l -> l.get("top")).distinct()).as(page + ": one row").hasSize(1);
                assertNoneClippedOrSmall(page, closed);
                browser.driver().findElement(By.cssSelector(".site-nav__more-toggle")).click();
                List<Map<String, Object>> open = links(browser);
                assertThat(shownTexts(open)).as(page).containsExactlyElementsOf(concat(concat(IN_THE_ROW, List.of(more)), UNDER_MORE));
                assertNoneClippedOrSmall(page, open);
            }
            assertThat(browser.seriousAxeViolations(Browser.axeScript())).as("Thêm open").isEmpty();
        }
    }

    @Test
    void theMoreMenuWorksFromTheKeyboardAndClosesWithEscapeOrAClickElsewhere() {
        try (Browser browser = Browser.ofSize(1366, 900)) {
            browser.open(out.resolve("tips/index.html"));
            WebElement more = browser.driver().findElement(By.cssSelector(".site-nav__more-toggle"));
            WebElement news = navLink(browser, "Tin tức");
            more.sendKeys(Keys.ENTER);
            assertThat(shown(browser, news)).isTrue();
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Cam kết");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            assertThat(shown(browser, news)).isFalse();
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Thêm");
            more.click();
            assertThat(shown(browser, news)).isTrue();
            browser.driver().findElement(By.cssSelector(".hotline-bar__lead")).click();
            assertThat(shown(browser, news)).isFalse();
        }
    }

    @Test
    void withoutScriptThePhoneMenuStillOpensAndTheSearchBoxThatNeedsScriptIsNotShown() {
        try (Browser browser = Browser.withoutScript(360, 740)) {
            browser.open(out.resolve("tips/index.html"));
            assertThat(shown(browser, browser.driver().findElement(By.id("site-search-input")))).isFalse();
            browser.driver().findElement(By.cssSelector(".site-nav__toggle")).click();
            WebElement news = navLink(browser, "Tin tức");
            assertThat(shown(browser, news)).isTrue();
            new Actions(browser.driver()).moveToElement(news).click().perform();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/news/index.html");
        }
        try (Browser browser = Browser.withoutScript(1366, 900)) {
            // The main menu stays closed without script, so Selenium's own visibility rules call its content
            // hidden; the browser shows it (CSS), and a real pointer reaches it.
            browser.open(out.resolve("tips/index.html"));
            assertThat(shown(browser, navLink(browser, "Trường tham gia"))).isTrue();
            new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.cssSelector(".site-nav__more-toggle"))).click().perform();
            WebElement news = navLink(browser, "Tin tức");
            assertThat(shown(browser, news)).isTrue();
            new Actions(browser.driver()).moveToElement(news).click().perform();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/news/index.html");
        }
    }

    /** Whether the element is painted: unlike Selenium's isDisplayed, this sees content-visibility: hidden. */
    private static boolean shown(Browser browser, WebElement element) {
        return (Boolean) browser.js("return arguments[0].checkVisibility({visibilityProperty: true});", element);
    }

    private static WebElement navLink(Browser browser, String text) {
        return browser.driver().findElement(By.xpath("//nav//a[normalize-space()='" + text + "']"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

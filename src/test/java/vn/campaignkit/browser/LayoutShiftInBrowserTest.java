package vn.campaignkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.site.BuiltSite;

/**
 * Nothing on any page kind moves while it loads, on a phone-sized screen, even when the web fonts and the
 * scripts arrive well after the first paint (as on a slow connection): fonts are "optional" with fallbacks
 * sized like them, and what the scripts write or show is in the page from the start (issue 13: CLS ≤ 0.02).
 */
class LayoutShiftInBrowserTest {
    /** One page of each kind (the same list as bench/lighthouse.sh). */
    static final List<String> EVERY_KIND = List.of("", "404.html", "tips/", "tips/luu-bang-chung/", "quizzes/", "quizzes/nhan-dien-chieu-lua/",
            "quizzes/nhan-dien-chieu-lua/print/", "scenarios/", "scenarios/cuoc-goi-gia-danh-cong-an/", "pledge/", "contests/",
            "contests/ve-tranh/", "hashtags/", "hashtags/khongmotminh/", "schools/", "schools/ha-noi/", "schools/ha-noi/thpt-mau-song-hong/",
            "news/", "news/tong-ket-chien-dich/", "downloads/", "frames/khong-mot-minh/", "gioi-thieu/");
    /** Layout shift entries (not caused by input) with the nodes that moved, collected from the start of each page. */
    private static final String OBSERVE = """
            window.__shifts = [];
            new PerformanceObserver(list => list.getEntries().forEach(e => {
              if (!e.hadRecentInput) {
                window.__shifts.push({value: e.value, nodes: e.sources.map(s => s.node ? (s.node.nodeName + '.' + (s.node.className || '')) : '?').join(', ')});
              }
            })).observe({type: 'layout-shift', buffered: true});
            """;
    /** Well under the 0.02, so one late element shows up (a quiz score line alone gave 0.008). */
    private static final double MOST = 0.005;

    @Test
    @SuppressWarnings("unchecked")
    void noPageKindMovesWhenItsFontsAndScriptsArriveAfterTheFirstPaint(@TempDir Path work) {
        Path site = work.resolve("site");
        try (StaticServer server = StaticServer.serve(site, Map.of(".woff2", 1500, ".js", 1000));
             Browser browser = Browser.ofSize(412, 823)) {
            // everything, previews included: a picture without a size in the page moves what follows it when it loads
            BuiltSite.Result r = BuiltSite.build(BuiltSite.root(), site, "--now", BuiltSite.NOW, "--base-url", server.url(""));
            assertThat(r.exit()).as(r.err()).isZero();
            browser.beforeEveryPage(OBSERVE);
            browser.fixClock(java.time.LocalDate.parse(BuiltSite.NOW));
            for (String page : EVERY_KIND) {
                browser.driver().get(server.url(page));
                browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
                browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done())));");
                List<Map<String, Object>> shifts = (List<Map<String, Object>>) browser.js("return window.__shifts;");
                double total = shifts.stream().mapToDouble(s -> ((Number) s.get("value")).doubleValue()).sum();
                assertThat(total).as("/" + page + " moved: " + shifts).isLessThanOrEqualTo(MOST);
            }
        }
    }
}

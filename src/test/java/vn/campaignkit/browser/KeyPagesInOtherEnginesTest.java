package vn.campaignkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.derive.frames.TestPhotos;
import vn.campaignkit.site.BuiltSite;

/**
 * The key pages of the default site in the engines besides Chromium that visitors use — WebKit (Safari on the
 * teachers' Macs and every iPhone) and Firefox — served over http: the home page and a tip on a phone and a
 * laptop (web font, menu, nothing wider than the screen), the search box, a quiz and the frame editor. The same
 * checks run in each engine (subclasses); everything is asked of the page in JavaScript, so the engines agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KeyPagesInOtherEnginesTest {
    private final Supplier<Engine> start;
    private Engine engine;
    private StaticServer server;

    KeyPagesInOtherEnginesTest(Supplier<Engine> start) {
        this.start = start;
    }

    @BeforeAll
    void serveTheSiteAndStartTheBrowser() {
        server = StaticServer.serve(BuiltSite.output(), Map.of());
        engine = start.get();
    }

    @AfterAll
    void stop() {
        if (engine != null) {
            engine.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Polls a script until it returns true (the page's scripts answer events asynchronously). */
    private void until(String what, String condition) {
        long end = System.currentTimeMillis() + 20_000;
        while (!Boolean.TRUE.equals(engine.js("return !!(" + condition + ");"))) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError(engine.name() + ": " + what + " did not happen");
            }
            Browser.sleep(100);
        }
    }

    private static final String NAV_LINKS = """
            const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll('.site-nav a, .site-nav summary')].filter(a => a.checkVisibility())
              .map(a => { const r = a.getBoundingClientRect();
                return {text: a.textContent.trim(), inside: r.left >= 0 && r.right <= w + 0.5, big: r.height >= 44 && r.width >= 44}; });
            """;

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> navLinks() {
        return (List<Map<String, Object>>) engine.js(NAV_LINKS);
    }

    private void assertNothingWiderThanTheScreen(String page) {
        assertThat(((Number) engine.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue())
                .as(engine.name() + " " + page + ": sideways scrolling").isLessThanOrEqualTo(0);
    }

    @Test
    void onAPhoneTheHomePageAndATipUseTheWebFontAndTheMenuOpensEverySection() {
        engine.viewport(360, 740);
        for (String page : List.of("", "tips/luu-bang-chung/")) {
            engine.open(server.url(page));
            until("the web fonts loading", "document.fonts.status === 'loaded'");
            assertThat(engine.js("return document.fonts.check('16px \"Be Vietnam Pro\"') && document.fonts.check('700 16px \"Be Vietnam Pro\"');"))
                    .as(engine.name() + " loads both faces").isEqualTo(true);
            // Firefox and Chromium give 360 px; WebKitGTK's MiniBrowser window is never narrower than about 450 px:
            // still the phone layout (below 48rem), which is what is checked here.
            assertThat(((Number) engine.js("return document.documentElement.clientWidth;")).intValue()).as(engine.name())
                    .isBetween(340, 767);
            assertNothingWiderThanTheScreen(page);
            assertThat(navLinks()).extracting(l -> l.get("text")).containsExactly("Danh mục");
            engine.js("document.querySelector('.site-nav__toggle').click();");
            List<Map<String, Object>> open = navLinks();
            assertThat(open).extracting(l -> l.get("text")).as(engine.name()).contains("Mẹo an toàn", "Cuộc thi", "Tin tức", "Tài nguyên và nơi trợ giúp");
            assertThat(open).hasSize(12).allSatisfy(l -> assertThat(l).as(engine.name() + " " + l.get("text"))
                    .containsEntry("inside", true).containsEntry("big", true));
            assertNothingWiderThanTheScreen(page + " with the menu open");
        }
        assertThat(engine.js("return document.querySelector('.hotline-bar a[href=\"tel:111\"]') !== null;")).isEqualTo(true);
        assertThat(engine.errors()).isEmpty();
    }

    @Test
    void onALaptopTheMainSectionsStandInOneRowAndMoreOpensTheRest() {
        engine.viewport(1366, 900);
        engine.open(server.url("tips/"));
        List<Map<String, Object>> row = navLinks();
        assertThat(row).extracting(l -> l.get("text")).as(engine.name())
                .containsExactly("Mẹo an toàn", "Câu đố", "Nhập vai", "Cuộc thi", "Trường tham gia", "Tải về", "Thêm");
        assertThat(row).allSatisfy(l -> assertThat(l).containsEntry("inside", true).containsEntry("big", true));
        engine.js("document.querySelector('.site-nav__more-toggle').click();");
        assertThat(navLinks()).hasSize(12);
        assertNothingWiderThanTheScreen("tips/");
        assertThat(engine.errors()).isEmpty();
    }

    @Test
    void theSearchBoxFindsASchoolTypedWithoutDiacritics() {
        engine.viewport(360, 740);
        engine.open(server.url("tips/"));
        engine.js("""
                const input = document.querySelector('.js-search-input');
                input.focus();
                input.value = 'le loi';
                input.dispatchEvent(new Event('input', {bubbles: true}));
                """);
        until("search results for 'le loi'", "[...document.querySelectorAll('.js-search-results a')].some(a => a.textContent.includes('Lê Lợi'))");
        assertThat(engine.js("return document.querySelector('.js-search-results a').checkVisibility();")).isEqualTo(true);
        assertThat(engine.errors()).isEmpty();
    }

    @Test
    void aQuizShowsOneQuestionAndExplainsTheAnswer() {
        engine.viewport(360, 740);
        engine.open(server.url("quizzes/khi-gap-chuyen-lam-gi/"));
        assertThat(engine.js("return [...document.querySelectorAll('.js-quiz-question')].filter(q => q.checkVisibility()).length;")).isEqualTo(1);
        engine.js("document.querySelector('#cau-1-a + label').click(); document.querySelector('#cau-1 .js-quiz-check').click();");
        until("the answer's feedback", "document.querySelector('#cau-1 .js-quiz-feedback').checkVisibility()");
        assertThat((String) engine.js("return document.querySelector('#cau-1 .js-quiz-feedback').textContent;")).isNotBlank();
        assertThat(engine.js("return [...document.querySelectorAll('#cau-1 .js-quiz-why')].every(w => w.checkVisibility());")).isEqualTo(true);
        assertThat(engine.errors()).isEmpty();
    }

    @Test
    void theFrameEditorPutsAChosenPhotoUnderTheFrame(@TempDir Path work) throws Exception {
        engine.viewport(360, 740);
        engine.open(server.url("frames/khong-mot-minh/"));
        engine.chooseFile("#fe-file", TestPhotos.landscapeWithCircle(work));
        until("the export button to be enabled", "!document.getElementById('fe-export').disabled");
        until("the frame loaded after the page", "(f => f && f.complete && f.naturalWidth === 1080)(document.getElementById('fe-frame'))");
        until("the photo drawn", "(d => d[0] > 150 && d[1] < 100)(document.getElementById('fe-canvas').getContext('2d').getImageData(540, 540, 1, 1).data)");
        List<?> centre = (List<?>) engine.js("return Array.from(document.getElementById('fe-canvas').getContext('2d').getImageData(540, 540, 1, 1).data);");
        List<?> ring = (List<?>) engine.js("return Array.from(document.getElementById('fe-canvas').getContext('2d').getImageData(540, 12, 1, 1).data);");
        assertThat(TestPhotos.near(rgb(centre), TestPhotos.RED, 40)).as(engine.name() + ": the photo's red circle in the middle " + centre).isTrue();
        assertThat(TestPhotos.near(rgb(ring), java.awt.Color.WHITE, 40)).as(engine.name() + ": the frame's ring at the top " + ring).isFalse();
        assertThat(engine.errors()).isEmpty();
    }

    private static int rgb(List<?> rgba) {
        return (((Number) rgba.get(0)).intValue() << 16) | (((Number) rgba.get(1)).intValue() << 8) | ((Number) rgba.get(2)).intValue();
    }
}

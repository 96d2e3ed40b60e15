package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.campaignkit.derive.frames.HeadlessChrome;

/**
 * A frame that publishes no square PNG ({@code formats: [cover]}) has no 720 px image for its editor page to show,
 * so the editor fetches the frame's data once the page has loaded and draws the frame on the canvas before any photo
 * is chosen (the path the default site's frames, which show their 720 px PNG, no longer take).
 */
class FrameEditorWithoutSquareFilesTest {

    @Test
    void theEditorDrawsTheFrameOnItsCanvasOnceThePageHasLoaded(@TempDir Path work) throws Exception {
        Path site = work.resolve("site");
        BuiltSite.copyTree(BuiltSite.root().resolve("src/test/resources/sites/one-language"), site);
        Path frame = site.resolve("content/frames/khong-mot-minh.md");
        Files.writeString(frame, BuiltSite.read(frame).replaceFirst("\nstyle: ring\n", "\nstyle: ring\nformats: [cover]\n"), StandardCharsets.UTF_8);
        Path out = work.resolve("out");
        BuiltSite.Result r = BuiltSite.build(site, out, "--now", BuiltSite.NOW, "--base-url", BuiltSite.BASE_URL, "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        Path page = out.resolve("frames/khong-mot-minh/index.html");
        Document doc = Jsoup.parse(BuiltSite.read(page));
        assertThat(doc.select(".fe-frame-view")).as("no square PNG to show").isEmpty();
        assertThat(out.resolve("frames/khong-mot-minh/khong-mot-minh-720.png")).doesNotExist();
        assertThat(out.resolve("frames/khong-mot-minh/khong-mot-minh-cover.png")).exists();

        ChromeDriver driver = HeadlessChrome.start(Files.createDirectories(work.resolve("downloads")),
                Files.createDirectories(work.resolve("profile")), null);
        try {
            driver.get(page.toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "var f = document.getElementById('fe-frame'); return f.complete && f.naturalWidth === 1080;")));
            // the ring at the top of the canvas is the frame's colour, not the empty canvas
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                List<?> px = (List<?>) driver.executeScript(
                        "return Array.from(document.getElementById('fe-canvas').getContext('2d').getImageData(540, 12, 1, 1).data);");
                return ((Number) px.get(3)).intValue() == 255 && ((Number) px.get(2)).intValue() > ((Number) px.get(0)).intValue() + 40;
            });
            assertThat(HeadlessChrome.requestedUrls(driver)).anyMatch(url -> url.endsWith("/frames/khong-mot-minh/frame-data.js"));
        } finally {
            driver.quit();
        }
    }
}

package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.campaignkit.derive.frames.HeadlessChrome;
import vn.campaignkit.derive.frames.TestPhotos;

/** Frames, editor pages, Open Graph images and wallpapers of the default site, end to end. */
class FramesOnDefaultSiteTest {
    private static final List<String> FRAMES = List.of("khong-mot-minh", "truong-em", "niem-tin-so");

    private static Path out() {
        return BuiltSite.output();
    }

    private static BufferedImage png(String path) throws IOException {
        Path file = out().resolve(path);
        assertThat(file).as(path).exists();
        return ImageIO.read(file.toFile());
    }

    private static Document html(String path) {
        return Jsoup.parse(BuiltSite.read(out().resolve(path)));
    }

    @Test
    void everyDefaultFrameHasAllSizesWithATransparentCentreAndAnOpaqueEdge() throws IOException {
        int[][] sizes = {{2160, 2160}, {1080, 1080}, {720, 720}, {1640, 624}, {1080, 1920}};
        String[] suffixes = {"2160", "1080", "720", "cover", "story"};
        for (String slug : FRAMES) {
            for (int i = 0; i < sizes.length; i++) {
                BufferedImage image = png("frames/" + slug + "/" + slug + "-" + suffixes[i] + ".png");
                assertThat(image.getWidth()).isEqualTo(sizes[i][0]);
                assertThat(image.getHeight()).isEqualTo(sizes[i][1]);
                assertThat(image.getRGB(image.getWidth() / 2, image.getHeight() / 2) >>> 24).as(slug + " centre").isZero();
                assertThat(image.getRGB(image.getWidth() / 2, 3) >>> 24).as(slug + " top edge").isEqualTo(255);
            }
        }
    }

    @Test
    void thePerSchoolFrameHasOneVariantPerSchoolListedOnTheSchoolPage() throws IOException {
        List<Path> schoolPages = BuiltSite.files(out().resolve("schools"), "index.html").stream()
                .filter(p -> out().resolve("schools").relativize(p).getNameCount() == 3).toList();
        List<Path> variants = BuiltSite.files(out().resolve("frames/truong-em/schools"), ".png");
        assertThat(variants).hasSize(schoolPages.size()).hasSizeGreaterThan(10);
        Path schoolPage = schoolPages.get(0);
        Document doc = Jsoup.parse(BuiltSite.read(schoolPage));
        Element link = doc.selectFirst("a[href*=frames/truong-em/schools/]");
        assertThat(link).as("frame variant linked from " + schoolPage).isNotNull();
        Path variant = schoolPage.getParent().resolve(link.attr("href")).normalize();
        BufferedImage image = ImageIO.read(variant.toFile());
        assertThat(image.getWidth()).isEqualTo(1080);
        assertThat(image.getRGB(540, 540) >>> 24).isZero();
        assertThat(Files.readAllBytes(variant)).isNotEqualTo(Files.readAllBytes(out().resolve("frames/truong-em/truong-em-1080.png")));
    }

    @Test
    void everyPageHasAnAbsoluteOpenGraphImageOf1200By630() throws IOException {
        List<Path> pages = BuiltSite.files(out(), ".html");
        assertThat(pages).hasSizeGreaterThan(50);
        for (Path page : pages) {
            Document doc = Jsoup.parse(BuiltSite.read(page));
            String image = doc.select("meta[property=og:image]").attr("content");
            assertThat(image).as(page.toString()).startsWith(BuiltSite.BASE_URL).endsWith("og.png");
            assertThat(doc.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
            assertThat(doc.select("meta[property=og:image:height]").attr("content")).isEqualTo("630");
            if (!page.getFileName().toString().equals("404.html")) {
                String folder = out().relativize(page.getParent()).toString().replace('\\', '/');
                assertThat(image).isEqualTo(BuiltSite.BASE_URL + (folder.isEmpty() ? "" : folder + "/") + "og.png");
            }
            BufferedImage card = png(image.substring(BuiltSite.BASE_URL.length()));
            assertThat(card.getWidth()).isEqualTo(1200);
            assertThat(card.getHeight()).isEqualTo(630);
        }
    }

    @Test
    void downloadsPageListsFramesAndWallpapersWithPreviewsAndLinksToTheEditors() throws IOException {
        Document doc = html("downloads/index.html");
        for (String slug : FRAMES) {
            assertThat(doc.select("#dl-editor ~ ul a[href=../frames/" + slug + "/index.html]")).as(slug).isNotEmpty();
            assertThat(doc.select("a[download][href=../frames/" + slug + "/" + slug + "-1080.png]")).isNotEmpty();
        }
        String[] wallpapers = {"wallpaper-phone-1080x1920.png", "wallpaper-phone-tall-1290x2796.png", "wallpaper-desktop-1920x1080.png"};
        for (String name : wallpapers) {
            Element link = doc.selectFirst("a[download][href=../wallpapers/" + name + "]");
            assertThat(link).as(name).isNotNull();
            Element preview = link.parent().selectFirst("img");
            assertThat(preview).isNotNull();
            assertThat(out().resolve("downloads").resolve(preview.attr("src")).normalize()).exists();
        }
        assertThat(png("wallpapers/wallpaper-phone-tall-1290x2796.png").getHeight()).isEqualTo(2796);
        Document home = html("index.html");
        assertThat(home.select("a[href=frames/khong-mot-minh/index.html]")).isNotEmpty();
    }

    @Test
    void editorPageLoadsTheFrameScriptAndTheEditorUnderTheCsp() throws IOException {
        for (String slug : FRAMES) {
            Document doc = html("frames/" + slug + "/index.html");
            assertThat(doc.selectFirst("#frame-editor").attr("data-frame-script")).as("fetched by the editor for a photo")
                    .isEqualTo("frame-data.js");
            Element view = doc.selectFirst("#fe-stage img.fe-frame-view");
            assertThat(view).as("the frame shown until a photo is chosen").isNotNull();
            assertThat(view.attr("width") + "x" + view.attr("height")).isEqualTo("720x720");
            assertThat(view.attr("alt")).isEmpty();
            Path viewFile = out().resolve("frames/" + slug + "/").resolve(view.attr("src")).normalize();
            assertThat(viewFile.getFileName().toString()).isEqualTo(slug + "-720.png");
            assertThat(png(out().relativize(viewFile).toString().replace('\\', '/')).getWidth()).isEqualTo(720);
            assertThat(doc.select("script[src^=../../assets/js/frame-editor.js]")).hasSize(1);
            assertThat(doc.select("script[src]:not([defer])")).as("no script holds up the page").isEmpty();
            assertThat(view.attr("fetchpriority")).as("the page's largest picture comes first").isEqualTo("high");
            assertThat(doc.select("script:not([src])")).isEmpty();
            assertThat(doc.select("[style]")).isEmpty();
            assertThat(doc.select("#fe-caption").text()).contains("#khongmotminh");
            assertThat(BuiltSite.read(out().resolve("frames/" + slug + "/frame-data.js"))).contains("data:image/png;base64,");
        }
    }

    @Test
    void theBuiltEditorShowsTheFrameAsAnImageAndFetchesItsDataOnlyForAPhotoThenExportsFromFileUrls(@TempDir Path work) throws Exception {
        Path downloads = Files.createDirectories(work.resolve("downloads"));
        ChromeDriver driver = HeadlessChrome.start(downloads, Files.createDirectories(work.resolve("profile")), null);
        try {
            driver.get(out().resolve("frames/khong-mot-minh/index.html").toUri().toString());
            // until a photo is chosen the stage shows the frame's 720 px PNG; the canvas is left alone and the frame's
            // data (frame-data.js) is not downloaded
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "var v = document.querySelector('#fe-stage img.fe-frame-view');"
                    + " return document.readyState === 'complete' && v.complete && v.naturalWidth === 720;")));
            Thread.sleep(300);
            assertThat(driver.findElement(By.cssSelector("#fe-stage img.fe-frame-view")).isDisplayed()).isTrue();
            assertThat(((Number) driver.executeScript("return document.getElementById('fe-canvas').getContext('2d')"
                    + ".getImageData(540, 12, 1, 1).data[3];")).intValue()).as("canvas not painted yet").isZero();
            assertThat(HeadlessChrome.requestedUrls(driver)).as("requests while only looking").isNotEmpty()
                    .noneMatch(url -> url.contains("frame-data.js"));
            // choosing a photo fetches the frame's data and nothing else but data: and blob: URLs
            driver.findElement(By.id("fe-file")).sendKeys(TestPhotos.sidewaysExif6(work).toString());
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("fe-export")).isEnabled());
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                    driver.executeScript("var f = document.getElementById('fe-frame'); return f.complete && f.naturalWidth === 1080;")));
            assertThat(driver.findElement(By.cssSelector("#fe-stage img.fe-frame-view")).isDisplayed()).as("the canvas shows photo and frame").isFalse();
            driver.findElement(By.id("fe-export")).click();
            Path file = downloads.resolve("khong-mot-minh-anh-dai-dien.png");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Files.exists(file) && file.toFile().length() > 0);
            Thread.sleep(200);
            BufferedImage out = ImageIO.read(file.toFile());
            BufferedImage frame = png("frames/khong-mot-minh/khong-mot-minh-1080.png");
            assertThat(out.getWidth()).isEqualTo(1080);
            assertThat(TestPhotos.near(out.getRGB(540, 250), TestPhotos.RED, 40)).as("upright photo, red on top").isTrue();
            assertThat(TestPhotos.near(out.getRGB(540, 830), TestPhotos.BLUE, 40)).as("blue below").isTrue();
            assertThat(TestPhotos.near(out.getRGB(540, 12), new java.awt.Color(frame.getRGB(540, 12)), 6)).as("frame on the ring").isTrue();
            assertThat(HeadlessChrome.requestedUrls(driver)).allSatisfy(url -> assertThat(url).matches("^(data:|blob:|file:.*/frame-data\\.js$).*"))
                    .anyMatch(url -> url.endsWith("/frames/khong-mot-minh/frame-data.js"));
            assertThat(HeadlessChrome.console(driver)).noneMatch(line -> line.contains("Content Security Policy"));
            driver.findElement(By.id("fe-copy")).click();
            String copied = driver.findElement(By.id("frame-editor")).getAttribute("data-msg-copied");
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> copied.equals(d.findElement(By.id("fe-status")).getText()));
            assertThat(HeadlessChrome.seriousAxeViolations(driver, HeadlessChrome.axeScript())).isEmpty();
        } finally {
            driver.quit();
        }
    }

    @Test
    void rebuildingGivesIdenticalImagesAndReusesThemWhenTheirInputsDidNotChange(@TempDir Path work) throws IOException {
        Path site = work.resolve("site");
        for (String part : List.of("site.yaml", "content", "data", "templates", "assets")) {
            BuiltSite.copyTree(BuiltSite.root().resolve(part), site.resolve(part));
        }
        Path again = work.resolve("again");
        BuiltSite.Result first = BuiltSite.build(site, again, "--now", BuiltSite.NOW, "--base-url", BuiltSite.BASE_URL);
        assertThat(first.exit()).as(first.err()).isZero();
        for (Path image : BuiltSite.files(out(), ".png")) {
            Path twin = again.resolve(out().relativize(image).toString());
            assertThat(Files.mismatch(image, twin)).as(image.toString()).isEqualTo(-1L);
        }
        Path tip = BuiltSite.files(site.resolve("content/tips"), ".md").get(0);
        Files.writeString(tip, BuiltSite.read(tip) + "\nMột câu mới ở cuối bài.\n", java.nio.charset.StandardCharsets.UTF_8);
        BuiltSite.Result second = BuiltSite.build(site, again, "--now", BuiltSite.NOW, "--base-url", BuiltSite.BASE_URL);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).matches("(?s).*Built \\d+ pages, (\\d+) derived files \\(\\1 reused\\).*");
    }

    @Test
    void aCharacterMissingFromTheFontIsABuildProblemNamingFileAndCharacter(@TempDir Path work) {
        Path site = Path.of("src/test/resources/sites/frame-missing-glyph");
        BuiltSite.Result r = BuiltSite.build(site, work.resolve("out"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("content/frames/ngoi-sao.md:4:11: error: top_text: the character '★' (U+2605)");
        assertThat(r.err()).contains("content/frames/ngoi-sao.md:5:1: error: unknown key 'band_txt' for a frame");
        assertThat(work.resolve("out")).doesNotExist();
    }
}

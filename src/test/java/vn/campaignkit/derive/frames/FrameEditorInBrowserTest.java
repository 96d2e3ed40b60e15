package vn.campaignkit.derive.frames;

import vn.campaignkit.model.FrameDesign;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.campaignkit.derive.image.Fixtures;
import vn.campaignkit.derive.image.PngBytes;

/**
 * The frame editor (assets/js/frame-editor.js) in a real headless Chromium, opened from file:// under the
 * site's Content-Security-Policy: photos of several shapes, an EXIF-rotated JPEG, keyboard and buttons,
 * export, the in-app browser sheet, HEIC, caption copy, zero network requests and an axe-core scan.
 */
class FrameEditorInBrowserTest {
    private static final String CAPTION = "Mình đã đổi ảnh đại diện. #khongmotminh #antoantructuyen #niemtinso";

    @TempDir
    static Path work;
    static Path page;
    static BufferedImage frame;
    static ChromeDriver driver;
    static Path downloads;

    @BeforeAll
    static void buildPageAndStartChromium() throws Exception {
        Path site = Files.createDirectories(work.resolve("site"));
        FrameRenderer renderer = new FrameRenderer(Fixtures.faces());
        FrameSpec spec = FrameFixtures.spec(FrameFixtures.look(FrameDesign.Style.RING));
        frame = renderer.image(spec, FrameFormat.SQUARE, Optional.empty());
        String dataUrl = "data:image/png;base64," + Base64.getEncoder().encodeToString(PngBytes.encode(frame));
        String html = new String(FrameEditorInBrowserTest.class.getResourceAsStream("/frame-editor/editor.html").readAllBytes(),
                StandardCharsets.UTF_8).replace("@FRAME@", dataUrl).replace("@CAPTION@", CAPTION);
        page = site.resolve("editor.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Files.copy(Path.of("assets/js/frame-editor.js"), site.resolve("frame-editor.js"));
        Files.copy(Path.of("assets/css/frame-editor.css"), site.resolve("frame-editor.css"));
        downloads = Files.createDirectories(work.resolve("downloads"));
        driver = HeadlessChrome.start(downloads, Files.createDirectories(work.resolve("profile")), null);
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openFresh() throws Exception {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        driver.get(page.toUri().toString());
        HeadlessChrome.requestedUrls(driver);
        HeadlessChrome.console(driver);
    }

    private void choose(Path photo) {
        driver.findElement(By.id("fe-file")).sendKeys(photo.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("fe-export")).isEnabled());
    }

    private BufferedImage export() throws Exception {
        driver.findElement(By.id("fe-export")).click();
        Path file = downloads.resolve("khong-mot-minh-avatar.png");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Files.exists(file) && file.toFile().length() > 0);
        Thread.sleep(200);
        return ImageIO.read(file.toFile());
    }

    private static int redCentreX(BufferedImage image, int y) {
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.getWidth(); x++) {
            if (TestPhotos.near(image.getRGB(x, y), TestPhotos.RED, 60)) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        return (first + last) / 2;
    }

    private static int redExtent(BufferedImage image, boolean horizontal) {
        int count = 0;
        for (int i = 0; i < 1080; i++) {
            int rgb = horizontal ? image.getRGB(i, 540) : image.getRGB(540, i);
            if (TestPhotos.near(rgb, TestPhotos.RED, 60)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void exportsA1080PngWithThePhotoInTheMiddleAndTheFrameOnTheRingWithoutAnyRequest() throws Exception {
        choose(TestPhotos.landscapeWithCircle(work));
        BufferedImage out = export();
        assertThat(out.getWidth()).isEqualTo(1080);
        assertThat(out.getHeight()).isEqualTo(1080);
        assertThat(TestPhotos.near(out.getRGB(540, 540), TestPhotos.RED, 40)).as("photo centre").isTrue();
        assertThat(TestPhotos.near(out.getRGB(540, 900), TestPhotos.GREEN, 40)).as("photo inside the hole").isTrue();
        int checked = 0;
        for (int[] p : new int[][] {{540, 12}, {540, 70}, {150, 150}, {12, 540}, {1060, 1060}, {540, 1000}, {540, 975}}) {
            int expected = frame.getRGB(p[0], p[1]);
            if (expected >>> 24 == 255) {
                assertThat(TestPhotos.near(out.getRGB(p[0], p[1]), new java.awt.Color(expected), 6))
                        .as("frame pixel at %d,%d", p[0], p[1]).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
        // The 400 px circle of a 1600×1000 photo scaled to cover (×1.08): round, never squeezed.
        assertThat(redExtent(out, true)).isBetween(425, 440);
        assertThat(Math.abs(redExtent(out, true) - redExtent(out, false))).isLessThanOrEqualTo(3);
        assertThat(HeadlessChrome.requestedUrls(driver)).allSatisfy(url -> assertThat(url).matches("^(data|blob):.*"));
        assertThat(HeadlessChrome.console(driver)).noneMatch(line -> line.contains("Content Security Policy"));
    }

    @Test
    void pageLoadsOnlyItsOwnFilesUnderTheContentSecurityPolicy() throws Exception {
        driver.get(page.toUri().toString());
        List<String> urls = HeadlessChrome.requestedUrls(driver);
        assertThat(urls).isNotEmpty();
        assertThat(urls).allSatisfy(url -> assertThat(url).matches("^(file|data|blob):.*"));
        assertThat(HeadlessChrome.console(driver)).noneMatch(line -> line.contains("Content Security Policy"));
    }

    @Test
    void turnsAnExifOrientation6PhotoUpright() throws Exception {
        choose(TestPhotos.sidewaysExif6(work));
        BufferedImage out = export();
        assertThat(TestPhotos.near(out.getRGB(540, 250), TestPhotos.RED, 40)).as("top is red").isTrue();
        assertThat(TestPhotos.near(out.getRGB(250, 400), TestPhotos.RED, 40)).as("upper left is red").isTrue();
        assertThat(TestPhotos.near(out.getRGB(830, 400), TestPhotos.RED, 40)).as("upper right is red").isTrue();
        assertThat(TestPhotos.near(out.getRGB(540, 830), TestPhotos.BLUE, 40)).as("bottom is blue").isTrue();
    }

    @Test
    void coversTheSquareWithATallPhotoWithoutSqueezingIt() throws Exception {
        choose(TestPhotos.portrait(work));
        BufferedImage out = export();
        assertThat(TestPhotos.near(out.getRGB(540, 300), TestPhotos.BLUE, 40)).isTrue();
        assertThat(TestPhotos.near(out.getRGB(540, 800), TestPhotos.GREEN, 40)).isTrue();
        assertThat(TestPhotos.near(out.getRGB(200, 400), TestPhotos.BLUE, 40)).as("blue reaches the sides").isTrue();
        assertThat(TestPhotos.near(out.getRGB(880, 700), TestPhotos.GREEN, 40)).as("green reaches the sides").isTrue();
    }

    @Test
    void keyboardMovesAndButtonsZoomAndRotate() throws Exception {
        choose(TestPhotos.landscapeWithCircle(work));
        WebElement canvas = driver.findElement(By.id("fe-canvas"));
        for (int i = 0; i < 5; i++) {
            canvas.sendKeys(Keys.ARROW_RIGHT);
        }
        BufferedImage moved = export();
        assertThat(redCentreX(moved, 540)).isBetween(540 + 110, 540 + 130);
        driver.findElement(By.cssSelector("[data-fe=reset]")).click();
        driver.findElement(By.cssSelector("[data-fe=zoom-in]")).click();
        Files.delete(downloads.resolve("khong-mot-minh-avatar.png"));
        BufferedImage zoomed = export();
        assertThat(redExtent(zoomed, true)).isBetween(466, 485);
        Files.delete(downloads.resolve("khong-mot-minh-avatar.png"));
        driver.findElement(By.cssSelector("[data-fe=reset]")).click();
        choose(TestPhotos.portrait(work));
        for (int i = 0; i < 36; i++) {
            driver.findElement(By.cssSelector("[data-fe=rotate-right]")).click();
        }
        BufferedImage turned = export();
        assertThat(TestPhotos.near(turned.getRGB(540, 300), TestPhotos.GREEN, 40)).as("rotated 180°: green on top").isTrue();
        assertThat(TestPhotos.near(turned.getRGB(540, 800), TestPhotos.BLUE, 40)).isTrue();
    }

    @Test
    void draggingWithTheMouseMovesThePhotoAndTwoFingersZoomIt() throws Exception {
        choose(TestPhotos.landscapeWithCircle(work));
        WebElement canvas = driver.findElement(By.id("fe-canvas"));
        double cssToImage = 1080.0 / canvas.getRect().getWidth();
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(canvas).clickAndHold().moveByOffset(60, 0)
                .release().perform();
        BufferedImage dragged = export();
        assertThat(redCentreX(dragged, 540)).isBetween(540 + (int) (60 * cssToImage) - 6, 540 + (int) (60 * cssToImage) + 6);
        Files.delete(downloads.resolve("khong-mot-minh-avatar.png"));
        driver.findElement(By.cssSelector("[data-fe=reset]")).click();

        org.openqa.selenium.interactions.PointerInput one = new org.openqa.selenium.interactions.PointerInput(
                org.openqa.selenium.interactions.PointerInput.Kind.TOUCH, "finger1");
        org.openqa.selenium.interactions.PointerInput two = new org.openqa.selenium.interactions.PointerInput(
                org.openqa.selenium.interactions.PointerInput.Kind.TOUCH, "finger2");
        org.openqa.selenium.interactions.Sequence a = new org.openqa.selenium.interactions.Sequence(one, 0);
        org.openqa.selenium.interactions.Sequence b = new org.openqa.selenium.interactions.Sequence(two, 0);
        var origin = org.openqa.selenium.interactions.PointerInput.Origin.fromElement(canvas);
        a.addAction(one.createPointerMove(Duration.ZERO, origin, -40, 0));
        b.addAction(two.createPointerMove(Duration.ZERO, origin, 40, 0));
        a.addAction(one.createPointerDown(0));
        b.addAction(two.createPointerDown(0));
        a.addAction(one.createPointerMove(Duration.ofMillis(300), origin, -80, 0));
        b.addAction(two.createPointerMove(Duration.ofMillis(300), origin, 80, 0));
        a.addAction(one.createPointerUp(0));
        b.addAction(two.createPointerUp(0));
        driver.perform(List.of(a, b));
        BufferedImage pinched = export();
        assertThat(redExtent(pinched, true)).as("fingers twice as far apart: circle twice as wide").isBetween(800, 930);
    }

    @Test
    void explainsAHeicPhotoTheBrowserCannotRead() throws Exception {
        driver.findElement(By.id("fe-file")).sendKeys(TestPhotos.heic(work).toAbsolutePath().toString());
        String expected = driver.findElement(By.id("frame-editor")).getAttribute("data-msg-heic");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> expected.equals(d.findElement(By.id("fe-status")).getText()));
        assertThat(driver.findElement(By.id("fe-export")).isEnabled()).isFalse();
    }

    @Test
    void copiesTheCaption() {
        driver.findElement(By.id("fe-copy")).click();
        String copied = driver.findElement(By.id("frame-editor")).getAttribute("data-msg-copied");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> copied.equals(d.findElement(By.id("fe-status")).getText()));
        assertThat(driver.findElement(By.id("fe-caption")).getAttribute("value")).isEqualTo(CAPTION);
    }

    @Test
    void inAnInAppBrowserShowsTheFinishedImageFullScreenToLongPress() throws Exception {
        ChromeDriver inApp = HeadlessChrome.start(downloads, Files.createDirectories(work.resolve("profile-fb")),
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 "
                        + "[FB_IAB/FB4A;FBAV/470.0.0.0;]");
        try {
            inApp.get(page.toUri().toString());
            HeadlessChrome.requestedUrls(inApp);
            inApp.findElement(By.id("fe-file")).sendKeys(TestPhotos.landscapeWithCircle(work).toAbsolutePath().toString());
            new WebDriverWait(inApp, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("fe-export")).isEnabled());
            assertThat(inApp.findElement(By.className("fe-in-app-note")).isDisplayed()).isTrue();
            inApp.findElement(By.id("fe-export")).click();
            WebElement sheet = inApp.findElement(By.id("fe-inapp"));
            new WebDriverWait(inApp, Duration.ofSeconds(10)).until(d -> sheet.isDisplayed());
            assertThat(sheet.getText()).contains("Nhấn giữ để lưu ảnh").contains("Mở bằng trình duyệt");
            WebElement result = inApp.findElement(By.id("fe-result"));
            assertThat(result.getAttribute("alt")).as("made by the script, with the page's text").isEqualTo("Ảnh đại diện đã ghép khung");
            String src = result.getAttribute("src");
            assertThat(src).startsWith("data:image/png;base64,");
            BufferedImage shown = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
            assertThat(shown.getWidth()).isEqualTo(1080);
            assertThat(TestPhotos.near(shown.getRGB(540, 540), TestPhotos.RED, 40)).isTrue();
            assertThat(HeadlessChrome.requestedUrls(inApp)).allSatisfy(url -> assertThat(url).matches("^(data|blob):.*"));
            inApp.findElement(By.id("fe-close")).click();
            assertThat(sheet.isDisplayed()).isFalse();
        } finally {
            inApp.quit();
        }
    }

    @Test
    void hasNoSeriousOrCriticalAxeViolations() throws Exception {
        Path axe = HeadlessChrome.axeScript();
        choose(TestPhotos.landscapeWithCircle(work));
        assertThat(HeadlessChrome.seriousAxeViolations(driver, axe)).isEmpty();
    }
}

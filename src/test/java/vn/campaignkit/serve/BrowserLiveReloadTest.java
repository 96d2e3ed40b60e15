package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.derive.frames.HeadlessChrome;
import vn.campaignkit.testsite.NuHtmlChecker;

/** A real Chromium shows an edit without a manual reload, and shows then clears the problems overlay. */
class BrowserLiveReloadTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path site;
    @TempDir
    Path profile;
    private DevServer server;
    private ChromeDriver browser;

    @BeforeEach
    void open() throws IOException {
        vn.campaignkit.browser.Browser.requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1000,800", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private void serve(SiteBuild build) throws IOException {
        server = DevServer.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), 0, ServeOptions.DEFAULT_QUIET),
                build, new PrintWriter(new java.io.OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.UTF_8), true));
    }

    @Test
    void showsAnEditOfTheDefaultSiteWithoutAManualReloadUnderItsOwnPolicy() throws Exception {
        for (String top : new String[] {"site.yaml", "content", "data", "templates", "assets"}) {
            copyTree(Path.of("").toAbsolutePath().resolve(top), site.resolve(top));
        }
        BuildOptions options = new BuildOptions(site, site.resolve("never-written"), Optional.of("http://localhost:8820/"),
                LocalDate.of(2025, 11, 1), false, true, 2);
        try (DerivedFileCache cache = new DerivedFileCache()) {
            serve(new IncrementalSiteBuild(options, cache));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(server.url().resolve("/tips/luu-bang-chung/").toString());
            waitForEventStream(wait);
            Path tip = site.resolve("content/tips/luu-bang-chung.md");
            Files.writeString(tip, Files.readString(tip, StandardCharsets.UTF_8) + "\nCâu mới do biên tập viên vừa gõ.\n", StandardCharsets.UTF_8);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Câu mới do biên tập viên vừa gõ."));
            waitForEventStream(wait);

            // A mistake: the problems overlay over the real page, as valid and accessible as the page itself.
            String good = Files.readString(tip, StandardCharsets.UTF_8);
            Files.writeString(tip, good.replaceFirst("(?m)^date: .*$", "date: 2025-02-31"), StandardCharsets.UTF_8);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ck-overlay")));
            assertThat(browser.findElement(By.cssSelector(".ck-overlay")).getText()).contains("content/tips/luu-bang-chung.md:");
            String dom = (String) ((JavascriptExecutor) browser).executeScript("return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML;");
            assertThat(new NuHtmlChecker().html("overlay over tips/luu-bang-chung/", dom, server.url().resolve("/tips/luu-bang-chung/").toString()))
                    .isEmpty();
            assertThat(HeadlessChrome.seriousAxeViolations(browser, HeadlessChrome.axeScript())).as("overlay").isEmpty();
            Files.writeString(tip, good, StandardCharsets.UTF_8);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ck-overlay")));
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                assertThat(entry.getMessage()).as("browser console").doesNotContainIgnoringCase("Content Security Policy");
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void showsAnEditWithoutAManualReloadAndTheProblemsOfABadOne() throws Exception {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/hello.md"), "Bản đầu tiên\n");
        serve(new FakeSiteBuild(site));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(server.url().resolve("/hello/").toString());
        assertThat(browser.findElement(By.id("main")).getText()).isEqualTo("Bản đầu tiên");
        waitForEventStream(wait);
        ((JavascriptExecutor) browser).executeScript("window.ckMarker = 'before';");

        Files.writeString(site.resolve("content/hello.md"), "Bản đã sửa\n");
        wait.until(ExpectedConditions.textToBe(By.id("main"), "Bản đã sửa"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.ckMarker || 'reloaded';")).isEqualTo("reloaded");
        waitForEventStream(wait);

        Files.writeString(site.resolve("content/hello.md"), "Bản đã sửa\nchỗ này có ERROR\n");
        var overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ck-overlay")));
        assertThat(overlay.getText()).contains("content/hello.md:2:12").contains("the word ERROR is not allowed")
                .contains("chỗ này có ERROR").contains("Gợi ý: delete it");
        assertThat(overlay.findElement(By.cssSelector(".ck-here")).getText()).contains("chỗ này có ERROR");
        assertThat(browser.findElement(By.id("main")).getText()).isEqualTo("Bản đã sửa");
        Path shot = Path.of("target", "serve-overlay.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));

        Files.writeString(site.resolve("content/hello.md"), "Bản cuối cùng\n");
        wait.until(ExpectedConditions.textToBe(By.id("main"), "Bản cuối cùng"));
        assertThat(browser.findElements(By.cssSelector(".ck-overlay"))).isEmpty();

        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            assertThat(entry.getMessage()).as("browser console").doesNotContainIgnoringCase("Content Security Policy");
        }
    }

    /** The page listens once the first state event of the stream has arrived. */
    private void waitForEventStream(WebDriverWait wait) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[data-ck-listening]")));
    }
}

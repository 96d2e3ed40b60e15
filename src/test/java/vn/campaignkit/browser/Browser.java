package vn.campaignkit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. A missing browser, driver or axe-core fails the test
 * (never skips it), so a browser test can never pass by not running; {@code .ci/run} installs them.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(int width, int height, boolean script) {
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--allow-file-access-from-files");
        if (!script) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** A phone-sized headless browser. */
    public static Browser phone() {
        return ofSize(390, 844);
    }

    public static Browser desktop() {
        return ofSize(1280, 900);
    }

    /** A headless browser whose window is this many CSS pixels wide and high. */
    public static Browser ofSize(int width, int height) {
        requireChromium();
        return new Browser(width, height, true);
    }

    /** A headless browser of this size with JavaScript turned off, as some visitors and crawlers have it. */
    public static Browser withoutScript(int width, int height) {
        requireChromium();
        return new Browser(width, height, false);
    }

    /** Fails (never skips) when Debian's chromium or chromium-driver is missing. */
    public static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (bash .ci/run installs them)");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Runs {@code script} in every page this browser opens from now on, before the page's own scripts (test-only hooks). */
    public void beforeEveryPage(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /**
     * Makes the pages believe today is {@code day} (noon, the browser's time zone; the clock keeps running from
     * there): {@code new Date()} and {@code Date.now()} are shifted before any page script runs. Test-only: the
     * site ships nothing of this; it lets the contest and campaign states be tested for any day.
     */
    public void fixClock(java.time.LocalDate day) {
        beforeEveryPage("""
                (() => {
                  const RealDate = Date;
                  const offset = new RealDate(%d, %d, %d, 12, 0, 0).getTime() - RealDate.now();
                  class FixedDate extends RealDate {
                    constructor(...args) { if (args.length === 0) { super(RealDate.now() + offset); } else { super(...args); } }
                    static now() { return RealDate.now() + offset; }
                  }
                  window.Date = FixedDate;
                })();
                """.formatted(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth()));
    }

    public void open(Path file) {
        driver.get(file.toUri().toString());
    }

    /**
     * Types a query into the header search of the open page (after clearing it) and waits until the status line
     * matches {@code status}; the result links.
     */
    public List<WebElement> search(String query, String status) {
        WebElement input = driver.findElement(By.cssSelector(".js-search-input"));
        input.clear();
        input.sendKeys(query);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.cssSelector(".js-search-status")).getText().matches(status));
        return driver.findElements(By.cssSelector(".js-search-results a"));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Console messages of the page so far (CSP violations show up here). */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Network requests the page made since the last call (from Chrome's performance log). */
    public List<String> requests() {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("\"Network.requestWillBeSent\""))
                .map(m -> {
                    try {
                        return json.readTree(m).path("message").path("params").path("request").path("url").asText();
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(url -> !url.startsWith("chrome:") && !url.startsWith("devtools:"))
                .toList();
    }

    /** Where axe.min.js is: $AXE_JS (or the system property AXE_JS), else target/axe as .ci/run installs it; fails when absent. */
    public static Path axePath() {
        String configured = Optional.ofNullable(System.getProperty("AXE_JS")).orElse(System.getenv("AXE_JS"));
        Path path = configured != null ? Path.of(configured) : Path.of("target/axe/node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("accessibility tests need axe-core at " + path.toAbsolutePath()
                    + ": npm install --prefix target/axe axe-core@4.10.2, or set AXE_JS (bash .ci/run does both)");
        }
        return path;
    }

    /** The axe-core script (see {@link #axePath()}). */
    public static String axeScript() {
        try {
            return Files.readString(axePath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the open page; returns the serious and critical violations as "id: target" lines. */
    @SuppressWarnings("unchecked")
    public List<String> seriousAxeViolations(String axe) {
        js(axe + "\nwindow.__axeResult = null; axe.run(document, {resultTypes: ['violations']}).then(r => window.__axeResult = r);");
        long end = System.currentTimeMillis() + 20_000;
        Object result = null;
        while (result == null && System.currentTimeMillis() < end) {
            result = js("return window.__axeResult && window.__axeResult.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));");
            if (result == null) {
                sleep(100);
            }
        }
        if (result == null) {
            throw new IllegalStateException("axe-core did not finish");
        }
        return (List<String>) result;
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over temp profile is harmless
        }
    }

}

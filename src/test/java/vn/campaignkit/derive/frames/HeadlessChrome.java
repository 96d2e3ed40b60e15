package vn.campaignkit.derive.frames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Selenium, with downloads going to a folder and the DevTools
 * performance log on, so a test can list every network request the page made.
 */
public final class HeadlessChrome {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HeadlessChrome() {
    }

    public static ChromeDriver start(Path downloads, Path profile, String userAgent) {
        vn.campaignkit.browser.Browser.requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1000,1400", "--user-data-dir=" + profile.toAbsolutePath(),
                "--allow-file-access-from-files=false");
        if (userAgent != null) {
            options.addArguments("--user-agent=" + userAgent);
        }
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** URLs of the requests the page started since the performance log was last read. */
    public static List<String> requestedUrls(ChromeDriver driver) throws Exception {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asText();
            if (method.equals("Network.requestWillBeSent") || method.equals("Network.webSocketCreated")) {
                urls.add(message.path("params").path("request").path("url").asText(message.path("params").path("url").asText()));
            }
        }
        return urls;
    }

    /** Console messages of the page (CSP violations appear here). */
    public static List<String> console(ChromeDriver driver) {
        List<String> lines = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            lines.add(entry.getLevel() + " " + entry.getMessage());
        }
        return lines;
    }

    /** The path of axe.min.js, as every browser test finds it; fails when axe-core is not installed. */
    public static Path axeScript() {
        return vn.campaignkit.browser.Browser.axePath();
    }

    /** Serious and critical axe-core violations of the current page, one line each. */
    public static List<?> seriousAxeViolations(ChromeDriver driver, Path axe) throws java.io.IOException {
        driver.executeScript(java.nio.file.Files.readString(axe));
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        Object result = driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "    .map(function (v) { return v.id + ': ' + v.help + ' ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));"
                        + "}, function (e) { done(['axe failed: ' + e]); });");
        return (List<?>) result;
    }
}

package vn.campaignkit.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.campaignkit.browser.Browser;

/** The desk in headless Chromium, with the few moves an editor makes: open a file, type, click, read the preview. */
final class DeskBrowser implements AutoCloseable {
    private final Browser browser;
    private final RunningDesk desk;
    final ChromeDriver driver;

    DeskBrowser(RunningDesk desk) {
        this.browser = Browser.desktop();
        this.desk = desk;
        this.driver = browser.driver();
    }

    void home() {
        driver.get(desk.url().toString());
        waitFor("the file list", () -> !driver.findElements(By.cssSelector("#file-list .file")).isEmpty());
    }

    /** Opens a file the way the list does and waits for its first check to finish. */
    void open(String path) {
        home();
        WebElement item = driver.findElement(By.cssSelector("#file-list .file[data-path='" + path + "']"));
        js("arguments[0].scrollIntoView({block: 'center'})", item);
        item.click();
        waitFor("the editor of " + path, () -> !driver.findElements(By.cssSelector("#problem-count")).isEmpty());
    }

    WebElement field(String key) {
        return driver.findElement(By.cssSelector("#form .field[data-key='" + key + "']"));
    }

    WebElement input(String key) {
        return field(key).findElement(By.cssSelector("input, textarea, select"));
    }

    /** Sets a value as typing would (input events), whatever the control's locale format. */
    void set(WebElement control, String value) {
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", control, value);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The text of the first element matching {@code css} (read in the page, so a re-drawn element is never stale). */
    String text(String css) {
        Object text = js("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css);
        return text == null ? "" : text.toString();
    }

    /** The serious and critical axe-core violations of the desk page (the preview frame has its own tests). */
    java.util.List<String> seriousAxeViolations(String axe) {
        return browser.seriousAxeViolations(axe);
    }

    /** The text of the shown preview's main heading. */
    String previewHeading() {
        return (String) js("const f = document.querySelector('iframe.preview.shown');"
                + "const h = f && f.contentDocument && f.contentDocument.querySelector('main h1, h1');"
                + "return h ? h.textContent.trim() : '';");
    }

    /** The HTML of the shown preview's document. */
    String previewHtml() {
        return (String) js("const f = document.querySelector('iframe.preview.shown');"
                + "return f && f.contentDocument ? f.contentDocument.documentElement.outerHTML : '';");
    }

    void click(String css) {
        WebElement el = driver.findElement(By.cssSelector(css));
        js("arguments[0].scrollIntoView({block: 'center'})", el);
        el.click();
    }

    /** Clicks the dialog button with this label. */
    void dialogButton(String label) {
        waitFor("the dialog button " + label, () -> !driver.findElements(By.xpath("//div[@class='dialog']//button[normalize-space()='" + label + "']")).isEmpty());
        driver.findElement(By.xpath("//div[@class='dialog']//button[normalize-space()='" + label + "']")).click();
    }

    void waitFor(String what, Supplier<Boolean> condition) {
        waitFor(what, Duration.ofSeconds(90), condition);
    }

    void waitFor(String what, Duration limit, Supplier<Boolean> condition) {
        try {
            new WebDriverWait(driver, limit).withMessage(what).until((WebDriver d) -> condition.get());
        } catch (RuntimeException e) {
            screenshot(what);
            throw e;
        }
    }

    void waitForFile(Path file, Supplier<Boolean> condition, String what) {
        waitFor(what, () -> Files.exists(file) && condition.get());
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "desk-screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // A missing screenshot only makes a failure harder to read.
        }
    }

    @Override
    public void close() {
        browser.close();
    }
}

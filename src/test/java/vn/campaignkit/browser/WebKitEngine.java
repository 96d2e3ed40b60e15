package vn.campaignkit.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** {@link WebKitBrowser} (MiniBrowser through WebKitWebDriver) as an {@link Engine}. */
final class WebKitEngine implements Engine {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WebKitBrowser browser = WebKitBrowser.ofSize(1024, 800);

    @Override
    public String name() {
        return "WebKitGTK " + browser.driver().getCapabilities().getBrowserVersion();
    }

    /** The window has no frame on a bare X display, but the page may still be a little narrower: corrected once. */
    @Override
    public void viewport(int width, int height) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        Number inner = (Number) browser.js("return window.innerWidth;");
        if (inner.intValue() != width) {
            browser.driver().manage().window().setSize(new Dimension(2 * width - inner.intValue(), height));
        }
    }

    @Override
    public void open(String url) {
        browser.driver().get(url);
    }

    @Override
    public Object js(String body) {
        Object text = browser.js("return JSON.stringify((function () {\n" + body + "\n})());");
        try {
            return text == null ? null : JSON.readValue((String) text, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void chooseFile(String cssSelector, Path file) {
        browser.driver().findElement(By.cssSelector(cssSelector)).sendKeys(file.toAbsolutePath().toString());
    }

    /** WebKitWebDriver does not hand out the console: the WebKit checks rely on what the scripts visibly do. */
    @Override
    public List<String> errors() {
        return List.of();
    }

    @Override
    public void close() {
        browser.close();
    }
}

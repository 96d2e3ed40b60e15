package vn.campaignkit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * WebKit, the engine of Safari, as Debian ships it: {@code WebKitWebDriver} (package webkit2gtk-driver)
 * driving {@code MiniBrowser} (libwebkit2gtk-4.1-0) on a private Xvfb display, through Selenium's
 * RemoteWebDriver. A missing piece fails the test; {@code .ci/run} installs them.
 */
public final class WebKitBrowser implements AutoCloseable {
    public static final Path DRIVER = Path.of("/usr/bin/WebKitWebDriver");
    public static final Path MINIBROWSER = Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser");
    public static final Path XVFB = Path.of("/usr/bin/Xvfb");
    private final Process display;
    private final Process driverProcess;
    private final RemoteWebDriver driver;

    private WebKitBrowser(int width, int height) throws IOException {
        for (Path needed : List.of(DRIVER, MINIBROWSER, XVFB)) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException("WebKit tests need " + needed
                        + ": apt-get install webkit2gtk-driver xvfb (bash .ci/run installs them)");
            }
        }
        int screen = freeDisplay();
        display = new ProcessBuilder(XVFB.toString(), ":" + screen, "-screen", "0", "1920x1200x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int port = freePort();
        ProcessBuilder driverStart = new ProcessBuilder(DRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        driverStart.environment().put("DISPLAY", ":" + screen);
        driverProcess = driverStart.start();
        MutableCapabilities capabilities = new MutableCapabilities(Map.of("browserName", "MiniBrowser",
                "webkitgtk:browserOptions", Map.of("binary", MINIBROWSER.toString(), "args", List.of("--automation"))));
        driver = startSession(new URL("http://127.0.0.1:" + port), capabilities);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A WebKit window of this size (the page's width may be a little less: the window has a frame). */
    public static WebKitBrowser ofSize(int width, int height) {
        try {
            return new WebKitBrowser(width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RemoteWebDriver startSession(URL url, MutableCapabilities capabilities) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                return new RemoteWebDriver(url, capabilities);
            } catch (RuntimeException e) {
                // the driver (or the display) is still starting
                last = e;
                Browser.sleep(200);
            }
        }
        close();
        throw new IllegalStateException("WebKitWebDriver did not start a MiniBrowser session", last);
    }

    public RemoteWebDriver driver() {
        return driver;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** An X display number nobody uses (no lock file, no socket). */
    private static int freeDisplay() {
        for (int n = 90 + (int) (ProcessHandle.current().pid() % 100); n < 600; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    @Override
    public void close() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driverProcess.destroy();
            display.destroy();
        }
    }
}

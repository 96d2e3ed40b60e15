package vn.campaignkit.desk;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Opens an address in the editor's default browser: the desktop's own way when Java knows it, else the
 * system's command ({@code open} on macOS, {@code rundll32} on Windows, {@code xdg-open} elsewhere).
 */
public final class BrowserOpener {
    private BrowserOpener() {
    }

    /** True when a browser was asked to open the address (it may still fail to appear). */
    public static boolean open(URI url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
                return true;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Fall back to the system's command below.
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url.toString())
                : os.contains("mac") ? List.of("open", url.toString()) : List.of("xdg-open", url.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}

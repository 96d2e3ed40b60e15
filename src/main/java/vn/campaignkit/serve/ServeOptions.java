package vn.campaignkit.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;

/** Where the site lies, where the preview listens, and how long the folder must be quiet before a rebuild. */
public record ServeOptions(Path siteRoot, InetAddress bind, int port, Duration quiet) {
    public static final int DEFAULT_PORT = 8820;
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(30);
}

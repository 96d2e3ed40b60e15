package vn.campaignkit.desk;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.serve.DerivedFileCache;
import vn.campaignkit.serve.DevServer;
import vn.campaignkit.serve.IncrementalSiteBuild;
import vn.campaignkit.serve.ServeOptions;

/**
 * The editor's desk running: the live preview of the site folder (drafts shown) with the desk as a room of its
 * own at {@code /__desk/}. Editing is answered on this computer only, unless the caller allows it from the
 * network.
 */
public final class Desk implements AutoCloseable {
    /**
     * How to start the desk.
     *
     * @param baseUrl an address the user gave for the published site (--base-url); the site's own otherwise
     * @param ports   how many ports from {@code port} on to try when one is taken (1 = exactly {@code port})
     */
    public record Options(Path siteFolder, InetAddress bind, int port, int ports, boolean allowEditFromNetwork,
                          Optional<String> baseUrl, LocalDate today) {
    }

    private final DevServer server;
    private final DerivedFileCache derived;
    private final URI url;

    private Desk(DevServer server, DerivedFileCache derived) {
        this.server = server;
        this.derived = derived;
        this.url = server.url().resolve(DeskHandler.PREFIX);
    }

    /** Binds the first free port of the range, runs the first build and answers; the log gets the preview's lines. */
    public static Desk start(Options options, PrintWriter log) throws IOException {
        Files.createDirectories(options.siteFolder());
        Path root = options.siteFolder().toRealPath();
        DerivedFileCache derived = new DerivedFileCache();
        try {
            BindException last = null;
            for (int port = options.port(); port < options.port() + Math.max(1, options.ports()) && port <= 65535; port++) {
                try {
                    return open(options, root, port, derived, log);
                } catch (BindException e) {
                    last = e;
                }
            }
            throw last == null ? new BindException("no port to try") : last;
        } catch (IOException | RuntimeException e) {
            derived.close();
            throw e;
        }
    }

    private static Desk open(Options options, Path root, int port, DerivedFileCache derived, PrintWriter log) throws IOException {
        String host = options.bind().isLoopbackAddress() || options.bind().isAnyLocalAddress() ? "localhost"
                : options.bind().getHostAddress();
        BuildOptions preview = new BuildOptions(root, derived.folder().resolve("output"),
                Optional.of(options.baseUrl().orElse("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/")),
                options.today(), true, false, Runtime.getRuntime().availableProcessors());
        IncrementalSiteBuild build = new IncrementalSiteBuild(preview, derived);
        DevServer server = DevServer.prepare(new ServeOptions(root, options.bind(), port, ServeOptions.DEFAULT_QUIET), build, log);
        WriteGuard guard = new WriteGuard(options.bind(), options.allowEditFromNetwork());
        if (!options.bind().isLoopbackAddress()) {
            log.println(guard.editing()
                    ? "warning: --allow-edit-from-network: anyone on this network who opens the desk can change and delete the site's files"
                    : "the desk is read-only from the network; editing works only with --bind 127.0.0.1 (or --allow-edit-from-network)");
        }
        DeskSite site = new DeskSite(root, preview, new SiteFiles(root), build, server, guard, new FrontMatterEdit(),
                new Publisher(root, options.baseUrl()), Clock.systemDefaultZone(), log);
        server.addRoom(DeskHandler.PREFIX, new DeskHandler(site));
        server.startBeforeFirstBuild();
        return new Desk(server, derived);
    }

    /** The desk's address, e.g. {@code http://localhost:8820/__desk/}. */
    public URI url() {
        return url;
    }

    @Override
    public void close() {
        server.close();
        try {
            derived.close();
        } catch (IOException e) {
            // The temporary folder is removed by the system later.
        }
    }
}

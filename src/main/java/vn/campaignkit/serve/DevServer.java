package vn.campaignkit.serve;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import vn.campaignkit.problem.Problem;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live preview: builds the site into memory, serves it over HTTP on the chosen address, watches
 * the site folder and rebuilds on every save, and tells open pages to reload or to show problems.
 * Nothing is ever written into the site folder.
 */
public final class DevServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService requests;
    private final ScheduledExecutorService heartbeat;
    private final ReloadHub hub = new ReloadHub();
    private final LiveSite site;
    private final RebuildQueue queue;
    private final SourceWatcher watcher;
    private final URI url;
    private final HostGuard hosts;
    private final DraftPages drafts = new DraftPages();
    private final PrintWriter log;

    private DevServer(ServeOptions options, SiteBuild build, PrintWriter log) throws IOException {
        this.log = log;
        InetAddress bind = options.bind();
        server = HttpServer.create(new InetSocketAddress(bind, options.port()), 64);
        int port = server.getAddress().getPort();
        String host = bind.isAnyLocalAddress() || bind.isLoopbackAddress() ? "localhost"
                : bind instanceof Inet6Address ? "[" + bind.getHostAddress() + "]" : bind.getHostAddress();
        url = URI.create("http://" + host + ":" + port + "/");
        if (!bind.isLoopbackAddress()) {
            log.printf("warning: listening on %s makes the preview (including unpublished drafts) reachable "
                    + "from other computers on the network; use --bind 127.0.0.1 to keep it private%n", bind.getHostAddress());
        }
        site = new LiveSite(options.siteRoot(), build, hub, log);
        queue = new RebuildQueue(site::rebuild);
        watcher = new SourceWatcher(options.siteRoot(), options.quiet(), queue::submit);
        requests = Executors.newCachedThreadPool(daemon("campaignkit-http"));
        heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("campaignkit-heartbeat"));
        server.setExecutor(requests);
        hosts = new HostGuard(bind);
        server.createContext("/", new PreviewHandler(site, hub, hosts, new PreviewTools(), drafts, log));
    }

    /**
     * Binds the port, runs the first build (its problems, if any, are shown in the browser), then
     * starts answering requests.
     */
    public static DevServer start(ServeOptions options, SiteBuild build, PrintWriter log) throws IOException {
        return prepare(options, build, log).start();
    }

    /** Binds the port without answering yet, so a room such as the editor's desk can be added first. */
    public static DevServer prepare(ServeOptions options, SiteBuild build, PrintWriter log) throws IOException {
        return new DevServer(options, build, log);
    }

    /** A room of its own beside the preview: {@code handler} answers every path under {@code prefix}. */
    public void addRoom(String prefix, HttpHandler handler) {
        server.createContext(prefix, handler);
    }

    /** Runs the first build, then answers requests. */
    public DevServer start() {
        site.rebuild(ChangeSet.all());
        server.start();
        heartbeat.scheduleAtFixedRate(hub::heartbeat, 15, 15, TimeUnit.SECONDS);
        log.printf("preview at %s (press Ctrl+C to stop)%n", url);
        return this;
    }

    /**
     * Answers at once and runs the first build in the background (pages wait for it, then reload): the editor's
     * desk shows its address and its page straight away instead of after the first build of a big site.
     */
    public DevServer startBeforeFirstBuild() {
        server.start();
        heartbeat.scheduleAtFixedRate(hub::heartbeat, 15, 15, TimeUnit.SECONDS);
        queue.submit(ChangeSet.all());
        log.printf("preview at %s (press Ctrl+C to stop); building the site…%n", url);
        return this;
    }

    /** The Host names this server answers. */
    public HostGuard hosts() {
        return hosts;
    }

    /** Draft renderings served at their page's address (see {@link DraftPages}). */
    public DraftPages drafts() {
        return drafts;
    }

    /** The problems of the latest build; empty when it succeeded. */
    public List<Problem> problems() {
        return site.state().problems().stream().map(ProblemExcerpt::problem).toList();
    }

    /** Asks for a rebuild of these files now, without waiting for the folder watcher (which may be slow or absent). */
    public void changed(ChangeSet changes) {
        queue.submit(changes);
    }

    public URI url() {
        return url;
    }

    /** The number of successful builds so far; a test or benchmark can wait for it to move. */
    public long version() {
        return site.state().version();
    }

    /** True while the latest build failed and its problems are shown over the pages. */
    public boolean showingProblems() {
        return site.state().problemCount() > 0;
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // The watch service is gone either way.
        }
        queue.close();
        heartbeat.shutdownNow();
        hub.close();
        server.stop(0);
        requests.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

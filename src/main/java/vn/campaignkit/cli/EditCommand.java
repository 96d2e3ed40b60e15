package vn.campaignkit.cli;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.campaignkit.desk.BrowserOpener;
import vn.campaignkit.desk.Desk;
import vn.campaignkit.desk.DeskWindow;
import vn.campaignkit.desk.RunningDeskFinder;
import vn.campaignkit.desk.SiteFolderFinder;

/**
 * {@code edit}, and the jar run with no arguments (a double-click): the preview with the editor's desk, opened in
 * the browser. The first line on stdout is the desk's address; without a console a small window shows it.
 */
@Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the editor's desk: write, preview and publish the site in the browser.",
            "The first line printed is the desk's address. Stop with Ctrl+C (or \"Dừng\" in the window)."})
final class EditCommand implements Callable<Integer> {
    private static final int DEFAULT_PORT = 8820;
    private static final int PORTS_TRIED = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR",
            description = "the site folder (default: this folder if it holds a site, else the jar's folder, else ask)")
    Path source;

    @Option(names = "--port", paramLabel = "PORT", description = "the port (default: 8820, or the next free one)")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this computer only; any other makes the desk read-only)")
    String bind;

    @Option(names = "--allow-edit-from-network", description = "with --bind, let other computers on the network edit too (anyone there can change the site)")
    boolean allowEditFromNetwork;

    @Option(names = "--no-browser", description = "do not open the browser")
    boolean noBrowser;

    @Option(names = "--base-url", paramLabel = "URL", description = "the address the published site will live at (overrides site.yaml)")
    String baseUrl;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port != null && (port < 1 || port > 65535)) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port (use 1–65535)");
        }
        InetAddress address = address();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean windowed = System.console() == null && !GraphicsEnvironment.isHeadless();
        Optional<Path> folder = source != null ? Optional.of(source.toAbsolutePath().normalize())
                : SiteFolderFinder.find(Path.of("").toAbsolutePath());
        if (folder.isEmpty() && windowed) {
            folder = DeskWindow.askFolder(Path.of(System.getProperty("user.home", ".")));
            if (folder.isEmpty()) {
                return Main.OK;
            }
        }
        if (folder.isEmpty()) {
            err.println("error: no site here: this folder has neither site.yaml nor content/"
                    + " (hint: run in the site folder, give it with --source DIR, or make one with: new site DIR)");
            return Main.USAGE;
        }
        Optional<java.net.URI> running = port == null ? RunningDeskFinder.find(folder.get(), DEFAULT_PORT, PORTS_TRIED) : Optional.empty();
        if (running.isPresent()) {
            out.println(running.get());
            out.flush();
            err.println("the desk for this folder is already running; opening it in the browser");
            if (!noBrowser) {
                BrowserOpener.open(running.get());
            }
            return Main.OK;
        }
        Desk desk;
        try {
            desk = Desk.start(new Desk.Options(folder.get(), address, port == null ? DEFAULT_PORT : port, port == null ? PORTS_TRIED : 1,
                    allowEditFromNetwork, Optional.ofNullable(baseUrl), today()), err);
        } catch (BindException e) {
            err.println("error: cannot listen on " + bind + ":" + (port == null ? DEFAULT_PORT : port) + " (" + e.getMessage() + ")"
                    + " (hint: another desk or preview may be running; stop it or use --port)");
            return Main.USAGE;
        }
        out.println(desk.url());
        out.flush();
        if (!noBrowser) {
            BrowserOpener.open(desk.url());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            desk.close();
            stopped.countDown();
        };
        Thread hook = new Thread(stop, "campaignkit-desk-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (windowed) {
            DeskWindow.show(desk.url(), folder.get(), () -> BrowserOpener.open(desk.url()), stop);
        }
        stopped.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down.
        }
        return Main.OK;
    }

    private LocalDate today() {
        try {
            return SiteOptions.clockToday();
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "SOURCE_DATE_EPOCH \"" + System.getenv("SOURCE_DATE_EPOCH")
                    + "\" is not a number of seconds");
        }
    }

    private InetAddress address() {
        boolean literal = bind.equals("localhost") || bind.matches("[0-9.]+") || bind.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
        try {
            if (literal) {
                return InetAddress.getByName(bind);
            }
        } catch (UnknownHostException e) {
            // Reported below, like any other address that is not an IP literal.
        }
        throw new ParameterException(spec.commandLine(), "--bind \"" + bind + "\" is not an IP address (use e.g. 127.0.0.1 or 0.0.0.0)");
    }
}

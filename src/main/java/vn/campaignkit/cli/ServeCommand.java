package vn.campaignkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.serve.DerivedFileCache;
import vn.campaignkit.serve.DevServer;
import vn.campaignkit.serve.IncrementalSiteBuild;
import vn.campaignkit.serve.ServeOptions;

/** {@code serve}: a live preview on this computer that rebuilds and reloads on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Preview the site while you edit it: build in memory, watch the folder, reload the browser,",
            "and show mistakes over the page. Nothing is written into the site folder. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8820", description = "the port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
    String bind;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 1 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port (use 1–65535)");
        }
        InetAddress address = address();
        PrintWriter err = spec.commandLine().getErr();
        DerivedFileCache derived = new DerivedFileCache();
        BuildOptions options = previewOptions(site.toOptions(Optional.of(derived.folder().resolve("output"))), address);
        if (!Files.isDirectory(options.source())) {
            derived.close();
            throw new ParameterException(spec.commandLine(), "--source " + options.source() + " is not a folder");
        }
        DevServer server;
        try {
            server = DevServer.start(new ServeOptions(options.source(), address, port, ServeOptions.DEFAULT_QUIET),
                    new IncrementalSiteBuild(options, derived), err);
        } catch (BindException e) {
            derived.close();
            err.println("error: cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")"
                    + " (hint: another preview may be running; stop it or use --port " + (port == 65535 ? 8821 : port + 1) + ")");
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                derived.close();
            } catch (IOException e) {
                // The temporary folder is removed by the system later.
            }
            stopped.countDown();
        }, "campaignkit-serve-stop"));
        stopped.await();
        return Main.OK;
    }

    /** Links that must be absolute (404 page, sitemap, Open Graph) point at the preview, not at the live site. */
    private BuildOptions previewOptions(BuildOptions options, InetAddress address) {
        if (site.baseUrl != null) {
            return options;
        }
        String host = address.isAnyLocalAddress() || address.isLoopbackAddress() ? "localhost"
                : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return new BuildOptions(options.source(), options.output(), Optional.of("http://" + host + ":" + port + "/"),
                options.today(), options.drafts(), options.pagesOnly(), options.threads());
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

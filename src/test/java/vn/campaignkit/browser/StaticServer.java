package vn.campaignkit.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A built site served over http on 127.0.0.1, as a static host serves it, for browser tests that need
 * http (layout shift with late files, browsers that refuse file:// for some things). Files whose name
 * ends with a suffix in {@code lateBySuffix} are answered that many milliseconds late, to make the
 * browser paint before they arrive (the order a slow phone connection gives).
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(".html", "text/html; charset=utf-8", ".css", "text/css; charset=utf-8",
            ".js", "text/javascript; charset=utf-8", ".woff2", "font/woff2", ".svg", "image/svg+xml", ".png", "image/png",
            ".json", "application/json", ".xml", "application/xml", ".txt", "text/plain; charset=utf-8", ".pdf", "application/pdf");
    private final HttpServer server;
    private final Path root;
    private final Map<String, Integer> lateBySuffix;

    private StaticServer(Path root, Map<String, Integer> lateBySuffix) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.lateBySuffix = lateBySuffix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::answer);
        server.start();
    }

    public static StaticServer serve(Path root, Map<String, Integer> lateBySuffix) {
        try {
            return new StaticServer(root, lateBySuffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of a site path such as {@code tips/} or {@code 404.html}. */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + sitePath;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            for (var late : lateBySuffix.entrySet()) {
                if (name.endsWith(late.getKey())) {
                    Browser.sleep(late.getValue());
                }
            }
            String type = TYPES.entrySet().stream().filter(t -> name.endsWith(t.getKey())).map(Map.Entry::getValue).findFirst()
                    .orElse("application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

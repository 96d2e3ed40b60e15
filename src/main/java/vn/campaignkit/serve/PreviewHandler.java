package vn.campaignkit.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.problem.Problem;

/**
 * Answers one request: checks the Host, keeps the path inside the built site, serves built files
 * (HTML pages with the reload script), the preview's own files under {@code /__campaignkit/}, and
 * the event stream. Any refused path is a 404 (a foreign Host a 403); nothing a browser sends makes it fail, and a
 * crash of the preview itself is a 500, never mistaken for a refusal.
 */
final class PreviewHandler implements HttpHandler {
    private final LiveSite site;
    private final ReloadHub hub;
    private final HostGuard hosts;
    private final PreviewTools tools;
    private final PrintWriter log;
    private final DraftPages drafts;

    PreviewHandler(LiveSite site, ReloadHub hub, HostGuard hosts, PreviewTools tools, DraftPages drafts, PrintWriter log) {
        this.log = log;
        this.drafts = drafts;
        this.site = site;
        this.hub = hub;
        this.hosts = hosts;
        this.tools = tools;
    }

    @Override
    public void handle(HttpExchange exchange) {
        boolean streaming = false;
        try {
            URI uri = exchange.getRequestURI();
            boolean hostOk = hosts.allows(exchange.getRequestHeaders().get("Host"))
                    && (!uri.isAbsolute() || hosts.allows(uri.getRawAuthority()));
            if (!hostOk) {
                text(exchange, 403, "Forbidden: the preview only answers requests for localhost.");
                return;
            }
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "Method not allowed.");
                return;
            }
            String raw = requestPath(uri);
            if (raw != null && raw.startsWith(LivePageRewriter.PREFIX)) {
                streaming = previewFile(exchange, raw.substring(LivePageRewriter.PREFIX.length()), head);
            } else {
                Optional<String> outputPath = RequestPathGuard.outputPath(raw);
                Optional<byte[]> draft = outputPath.flatMap(path -> DraftPages.idIn(uri.getRawQuery())
                        .flatMap(id -> drafts.get(id, path)));
                if (draft.isPresent()) {
                    send(exchange, 200, ContentTypes.of(outputPath.get()), draft.get(), head);
                } else if (outputPath.isPresent()) {
                    sitePath(exchange, outputPath.get(), raw, head);
                } else {
                    notFound(exchange, "", site.state(), head);
                }
            }
        } catch (IOException e) {
            // The browser went away mid-answer; nothing to do.
        } catch (RuntimeException | StackOverflowError e) {
            crashed(exchange, e);
        } finally {
            if (!streaming) {
                exchange.close();
            }
        }
    }

    /**
     * A crash while answering is a 500 with one short line, never a 404 that would look like a refused path, and
     * never a stack trace in the browser; the server log gets the request and the error (with the stack trace when
     * {@code CAMPAIGNKIT_DEBUG} is set).
     */
    private void crashed(HttpExchange exchange, Throwable e) {
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
        synchronized (log) {
            log.println("internal error while answering " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + ": " + detail + " (this is a bug in Campaign Kit, not in your site)");
            if (System.getenv("CAMPAIGNKIT_DEBUG") != null) {
                e.printStackTrace(log);
            }
            log.flush();
        }
        try {
            text(exchange, 500, "Internal error: Campaign Kit could not answer this request (" + e.getClass().getSimpleName()
                    + "). This is a bug in Campaign Kit, not in your site; the terminal running the preview says more.");
        } catch (IOException | RuntimeException ignored) {
            // Headers were already sent; closing below ends the answer.
        }
    }

    /** The path as sent: {@code //etc/passwd} stays a path here instead of becoming a host name. */
    private static String requestPath(URI uri) {
        if (uri.isAbsolute()) {
            return uri.getRawPath();
        }
        String target = uri.toString();
        int end = target.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = target.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return target.substring(0, end);
    }

    private boolean previewFile(HttpExchange exchange, String name, boolean head) throws IOException {
        if (name.equals(PreviewTools.EVENTS) && !head) {
            hub.open(exchange, site::stateJson);
            return true;
        }
        if (name.equals("state.json")) {
            send(exchange, 200, "application/json", site.stateJson().getBytes(StandardCharsets.UTF_8), head);
            return false;
        }
        Optional<byte[]> file = tools.file(name);
        if (file.isPresent()) {
            send(exchange, 200, ContentTypes.of(name), file.get(), head);
        } else {
            text(exchange, 404, "Not found.");
        }
        return false;
    }

    private void sitePath(HttpExchange exchange, String outputPath, String raw, boolean head) throws IOException {
        LiveSite.State state = site.state();
        if (state.site().isEmpty()) {
            if (ContentTypes.isHtml(outputPath) || !outputPath.contains(".")) {
                send(exchange, 503, ContentTypes.of("x.html"), PreviewTools.waitingPage(outputPath), head);
            } else {
                text(exchange, 404, "Not found.");
            }
            return;
        }
        SiteSnapshot snapshot = state.site().get();
        Optional<byte[]> file = snapshot.file(outputPath);
        if (file.isEmpty()) {
            List<Problem> problems = snapshot.problems(outputPath);
            if (!problems.isEmpty()) {
                StringBuilder text = new StringBuilder(outputPath + " could not be made:\n");
                problems.forEach(problem -> text.append(problem.format()).append('\n'));
                synchronized (log) {
                    log.print(text);
                    log.flush();
                }
                text(exchange, 404, text.toString().strip());
            } else if (snapshot.contains(outputPath + "/index.html")) {
                exchange.getResponseHeaders().set("Location", raw + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
            } else {
                notFound(exchange, outputPath, state, head);
            }
            return;
        }
        byte[] body = ContentTypes.isHtml(outputPath)
                ? LivePageRewriter.rewrite(file.get(), outputPath, state.version()) : file.get();
        send(exchange, 200, ContentTypes.of(outputPath), body, head);
    }

    /** The site's own 404 page when it has one, live like any page so it reloads once the page exists. */
    private void notFound(HttpExchange exchange, String outputPath, LiveSite.State state, boolean head) throws IOException {
        Optional<byte[]> page = state.site().flatMap(snapshot -> snapshot.file("404.html"));
        if (page.isPresent() && !outputPath.isEmpty()) {
            send(exchange, 404, ContentTypes.of("404.html"), LivePageRewriter.rewrite(page.get(), outputPath, state.version()), head);
        } else {
            text(exchange, 404, "Not found.");
        }
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), false);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        // The editor's desk shows pages beside its editor (same origin); no other site may frame them.
        headers.set("X-Frame-Options", "SAMEORIGIN");
        headers.set("Content-Security-Policy", "frame-ancestors 'self'");
        if (head) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

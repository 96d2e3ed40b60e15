package vn.campaignkit.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the desk and its answer. Bodies are read up to a limit; every answer carries headers that
 * forbid framing, sniffing, caching and referrers, whatever it holds.
 */
final class DeskExchange {
    /** The request body is larger than allowed. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final HttpExchange exchange;
    private final String route;

    DeskExchange(HttpExchange exchange, String route) {
        this.exchange = exchange;
        this.route = route;
    }

    /** The raw path below {@code /__desk/}, e.g. {@code api/file/content/tips/x.md}. */
    String route() {
        return route;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    HttpExchange raw() {
        return exchange;
    }

    Optional<String> header(String name) {
        List<String> values = exchange.getRequestHeaders().get(name);
        return values == null || values.size() != 1 ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Query parameters, decoded; a parameter given twice keeps the first value. */
    Map<String, String> query() {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                // A malformed parameter is ignored, as if it were not sent.
            }
        }
        return params;
    }

    byte[] body(int limit) throws IOException, TooLarge {
        Optional<String> length = header("Content-Length");
        if (length.isPresent()) {
            try {
                if (Long.parseLong(length.get().strip()) > limit) {
                    throw new TooLarge();
                }
            } catch (NumberFormatException e) {
                throw new TooLarge();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > limit) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    Optional<JsonNode> json(int limit) throws IOException, TooLarge {
        return DeskJson.read(body(limit));
    }

    void json(int status, Object value) throws IOException {
        send(status, "application/json; charset=utf-8", DeskJson.write(value));
    }

    /** A refusal or failure the desk shows as it is: {@code {"error": "…"}} in Vietnamese. */
    void error(int status, String message) throws IOException {
        json(status, Map.of("error", message));
    }

    /** A file streamed from disk (the published zip may be larger than memory should hold). */
    void sendFile(int status, String type, java.nio.file.Path file, Map<String, String> extra) throws IOException {
        long size = java.nio.file.Files.size(file);
        headers(type, extra);
        boolean head = method().equals("HEAD");
        exchange.sendResponseHeaders(status, head || size == 0 ? -1 : size);
        if (!head && size > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                java.nio.file.Files.copy(file, out);
            }
        }
    }

    void send(int status, String type, byte[] body) throws IOException {
        send(status, type, body, Map.of());
    }

    void send(int status, String type, byte[] body, Map<String, String> extra) throws IOException {
        headers(type, extra);
        boolean head = method().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void headers(String type, Map<String, String> extra) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        if (!type.startsWith("text/html")) {
            headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        extra.forEach(headers::set);
    }
}

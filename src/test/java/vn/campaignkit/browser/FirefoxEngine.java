package vn.campaignkit.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's firefox-esr, headless, driven over WebDriver BiDi (the W3C protocol Firefox speaks itself;
 * Debian has no geckodriver and the npm one downloads a binary at install) with the JDK's WebSocket client.
 * The page's JavaScript errors and console errors are collected from {@code log.entryAdded}.
 */
final class FirefoxEngine implements Engine {
    static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path profile;
    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final String context;
    private final String version;

    FirefoxEngine() {
        if (!Files.isExecutable(FIREFOX)) {
            throw new IllegalStateException("Firefox tests need " + FIREFOX + ": apt-get install firefox-esr (bash .ci/run installs it)");
        }
        try {
            profile = Files.createTempDirectory("firefox-profile");
            // No first-run pages, no update or telemetry requests: the tests watch every request a page makes.
            Files.writeString(profile.resolve("user.js"), String.join("\n",
                    "user_pref(\"browser.shell.checkDefaultBrowser\", false);",
                    "user_pref(\"browser.startup.homepage_override.mstone\", \"ignore\");",
                    "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
                    "user_pref(\"toolkit.telemetry.reportingpolicy.firstRun\", false);",
                    "user_pref(\"app.update.disabledForTesting\", true);",
                    "user_pref(\"network.captive-portal-service.enabled\", false);",
                    "user_pref(\"browser.safebrowsing.update.enabled\", false);",
                    "user_pref(\"extensions.update.enabled\", false);",
                    "// scrollbars over the page, as on phones, so a 360 px viewport is 360 px of page",
                    "user_pref(\"ui.useOverlayScrollbars\", 1);", ""), StandardCharsets.UTF_8);
            process = new ProcessBuilder(FIREFOX.toString(), "--headless", "--no-remote", "--profile", profile.toString(),
                    "--remote-debugging-port=0", "about:blank").redirectErrorStream(true).start();
            String address = listeningAddress();
            socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(address + "/session"), new Listener())
                    .get(30, TimeUnit.SECONDS);
            JsonNode session = send("session.new", Map.of("capabilities", Map.of()));
            version = session.path("capabilities").path("browserVersion").asText();
            send("session.subscribe", Map.of("events", List.of("log.entryAdded")));
            context = send("browsingContext.getTree", Map.of()).path("contexts").get(0).path("context").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("firefox-esr did not start a WebDriver BiDi session", e);
        }
    }

    private String listeningAddress() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long end = System.currentTimeMillis() + 60_000;
        String line;
        while (System.currentTimeMillis() < end && (line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(l -> { });
                    } catch (UncheckedIOException closed) {
                        // Firefox has stopped
                    }
                }, "firefox-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("firefox-esr did not say where WebDriver BiDi listens");
    }

    /** Sends one command and waits for its answer; a BiDi error becomes an exception. */
    private JsonNode send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", JSON.valueToTree(params));
        try {
            socket.sendText(JSON.writeValueAsString(command), true).get(30, TimeUnit.SECONDS);
            JsonNode message = answer.get(90, TimeUnit.SECONDS);
            if (message.path("type").asText().equals("error")) {
                throw new IllegalStateException(method + ": " + message.path("error").asText() + ": " + message.path("message").asText());
            }
            return message.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | IOException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            waiting.remove(id);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = waiting.get(message.path("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else if (message.path("method").asText().equals("log.entryAdded")
                            && message.path("params").path("level").asText().equals("error")) {
                        errors.add(message.path("params").path("text").asText());
                    }
                } catch (IOException e) {
                    errors.add("unreadable BiDi message: " + e.getMessage());
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public String name() {
        return "Firefox " + version;
    }

    @Override
    public void viewport(int width, int height) {
        send("browsingContext.setViewport", Map.of("context", context, "viewport", Map.of("width", width, "height", height)));
    }

    @Override
    public void open(String url) {
        send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
    }

    @Override
    public Object js(String body) {
        JsonNode result = send("script.evaluate", Map.of("expression", "JSON.stringify((function () {\n" + body + "\n})())",
                "target", Map.of("context", context), "awaitPromise", false));
        if (result.path("type").asText().equals("exception")) {
            throw new IllegalStateException("script failed in Firefox: " + result.path("exceptionDetails").path("text").asText());
        }
        JsonNode value = result.path("result");
        if (!value.path("type").asText().equals("string")) {
            return null;
        }
        try {
            return JSON.readValue(value.path("value").asText(), Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void chooseFile(String cssSelector, Path file) {
        JsonNode input = send("script.evaluate", Map.of("expression", "document.querySelector(" + JSON.valueToTree(cssSelector) + ")",
                "target", Map.of("context", context), "awaitPromise", false, "resultOwnership", "root")).path("result");
        send("input.setFiles", Map.of("context", context, "element", Map.of("sharedId", input.path("sharedId").asText()),
                "files", List.of(file.toAbsolutePath().toString())));
    }

    @Override
    public List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        try {
            send("session.end", Map.of());
        } catch (RuntimeException e) {
            // Firefox may close the socket before it answers; it is stopped below anyway.
        }
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over temp profile is harmless
        }
    }
}

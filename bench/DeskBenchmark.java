import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The editor's desk on the default site, measured the way the desk page works (issue #12):
 * <ul>
 *   <li>keystroke pause → updated preview: the draft request the page sends when typing pauses (the text with a
 *       new word) plus the fetch of the rendered draft page, for an edit of the body and for an edit of the title
 *       through the form (front matter rewritten on the server);</li>
 *   <li>save → file on disk: the save request until it answers (it answers after the file is forced to disk and
 *       renamed), checked by reading the file;</li>
 *   <li>the desk's own JavaScript and CSS, gzipped.</li>
 * </ul>
 * Usage: bench/desk.sh [--runs 40] [--warmup 15] [--port 8898]
 */
public final class DeskBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(arg(args, "--jar", "target/campaign-kit.jar"));
        int runs = Integer.parseInt(arg(args, "--runs", "40"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "15"));
        int port = Integer.parseInt(arg(args, "--port", "8898"));
        Path site = Files.createTempDirectory("campaignkit-desk-bench-");
        copy(Path.of("site.yaml"), site.resolve("site.yaml"));
        copyTree(Path.of("content"), site.resolve("content"));
        copyTree(Path.of("data"), site.resolve("data"));
        Process desk = new ProcessBuilder("java", "-jar", jar.toString(), "edit", "--source", site.toString(), "--no-browser",
                "--port", Integer.toString(port)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long started = System.nanoTime();
            String url = new BufferedReader(new InputStreamReader(desk.getInputStream(), StandardCharsets.UTF_8)).readLine();
            System.out.printf("desk: %s (first line after %d ms, default site copied to %s)%n", url, ms(started), site);
            String origin = "http://localhost:" + port;
            String page = get(url).body();
            Matcher m = Pattern.compile("name=\"ck-token\" content=\"([A-Za-z0-9_-]+)\"").matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no token in the desk page");
            }
            String token = m.group(1);
            String path = "content/tips/tong-dai-111.md";
            String text = Files.readString(site.resolve(path));
            List<Long> body = new ArrayList<>();
            List<Long> title = new ArrayList<>();
            List<Long> save = new ArrayList<>();
            String version = version(get(url + "api/file/" + path).body());
            for (int i = 0; i < warmup + runs; i++) {
                String typed = text + "\nMột câu mới số " + i + ".\n";
                long t0 = System.nanoTime();
                String draft = post(origin, token, url + "api/draft", json("path", path, "text", typed, null, null));
                get(origin + previewOf(draft));
                long bodyMs = ms(t0);
                long t1 = System.nanoTime();
                String composed = post(origin, token, url + "api/draft", json("path", path, "text", typed, "title", "Tổng đài 111 – lần " + i));
                get(origin + previewOf(composed));
                long titleMs = ms(t1);
                long t2 = System.nanoTime();
                String saved = post(origin, token, url + "api/save", json("path", path, "text", typed, "version", version));
                long saveMs = ms(t2);
                if (!Files.readString(site.resolve(path)).equals(typed)) {
                    throw new IllegalStateException("the saved text is not on disk: " + saved);
                }
                version = version(saved);
                if (i >= warmup) {
                    body.add(bodyMs);
                    title.add(titleMs);
                    save.add(saveMs);
                }
            }
            report("keystroke pause → updated preview (body edit)", body, 300);
            report("keystroke pause → updated preview (title edit through the form)", title, 300);
            report("save → file on disk", save, 100);
            long js = gzipped(get(url + "desk.js").body());
            long css = gzipped(get(url + "desk.css").body());
            long html = gzipped(page);
            System.out.printf("desk's own JS + CSS gzipped: %.1f KB (JS %.1f KB, CSS %.1f KB; page %.1f KB) — budget 60 KB%n",
                    (js + css) / 1024.0, js / 1024.0, css / 1024.0, html / 1024.0);
        } finally {
            desk.destroy();
            desk.waitFor();
            try (Stream<Path> walk = Files.walk(site)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String previewOf(String draftAnswer) {
        Matcher m = Pattern.compile("\"preview\":\"([^\"]+)\"").matcher(draftAnswer);
        if (!m.find()) {
            throw new IllegalStateException("no preview in " + draftAnswer);
        }
        return m.group(1);
    }

    private static String version(String answer) {
        Matcher m = Pattern.compile("\"version\":\"([0-9a-f]{64})\"").matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException("no version in " + answer);
        }
        return m.group(1);
    }

    private static String json(String k1, String v1, String k2, String v2, String changeKey, String changeValue) {
        StringBuilder json = new StringBuilder("{").append(q(k1)).append(':').append(q(v1)).append(',').append(q(k2)).append(':').append(q(v2));
        if (changeKey != null && changeKey.equals("title")) {
            json.append(",\"changes\":{\"title\":").append(q(changeValue)).append('}');
        } else if (changeKey != null) {
            json.append(',').append(q(changeKey)).append(':').append(q(changeValue));
        }
        return json.append('}').toString();
    }

    private static String q(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String post(String origin, String token, String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Origin", origin).header("X-CK-Token", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void report(String what, List<Long> times, long budget) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        long p90 = sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.9)));
        System.out.printf("%s: median %d ms, p90 %d ms, min %d ms, max %d ms over %d runs — budget %d ms%n", what, median, p90,
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(), budget);
    }

    private static long gzipped(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.size();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

import java.io.BufferedReader;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Save-to-served latency of {@code serve} on a copy of the default site in its two languages (issue 15, item 7).
 * Starts {@code java -jar JAR serve} on the copy, then, round after round, saves three kinds of edit and polls the
 * page that shows it until the new text is served: a Vietnamese tip's body, another tip's title (shown on the list of tips, so
 * front matter: the model is rebuilt and the affected pages found), its English translation's body, and a text of the
 * English message file (the English menu, on every English page). Reports per kind the median save→served latency and the
 * rebuild time serve itself prints ("built N files in X ms").
 *
 * Usage: compiled and run by bench/preview-languages.sh.
 */
public final class PreviewLanguagesBenchmark {
    private static final Pattern BUILT = Pattern.compile("built (\\d+) files in (\\d+) ms");

    /** One kind of edit: the file saved, how its text changes to show {@code marker}, and the page that shows it. */
    private record Edit(String name, String file, String page, java.util.function.BiFunction<String, String, String> change) {
    }

    private static final List<Edit> EDITS = List.of(
            new Edit("Vietnamese tip body", "content/tips/luu-bang-chung.md", "/tips/luu-bang-chung/",
                    (text, marker) -> text + "\nDòng thử " + marker + "\n"),
            new Edit("Vietnamese tip title", "content/tips/cai-dat-quyen-rieng-tu.md", "/tips/",
                    (text, marker) -> text.replaceFirst("(?m)^title: \"", "title: \"" + marker + " ")),
            new Edit("English translation body", "content/tips/luu-bang-chung.en.md", "/en/tips/luu-bang-chung/",
                    (text, marker) -> text + "\nTest line " + marker + "\n"),
            new Edit("English message file", "templates/messages/en.yaml", "/en/",
                    (text, marker) -> text.replace("  tips: \"Safety tips\"", "  tips: \"Safety tips " + marker + "\"")));

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(arg(args, "--jar", "target/campaign-kit.jar"));
        int runs = Integer.parseInt(arg(args, "--runs", "15"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "5"));
        int port = Integer.parseInt(arg(args, "--port", "8898"));
        Path repo = Path.of(arg(args, "--site", ".")).toAbsolutePath();
        Path site = Files.createTempDirectory("campaignkit-bench-languages-");
        for (String top : new String[] {"site.yaml", "content", "data", "templates", "assets"}) {
            copy(repo.resolve(top), site.resolve(top));
        }
        Map<String, String> originals = new LinkedHashMap<>();
        for (Edit edit : EDITS) {
            originals.put(edit.file(), Files.readString(site.resolve(edit.file()), StandardCharsets.UTF_8));
        }
        Process serve = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--source", site.toString(),
                "--port", Integer.toString(port), "--now", "2025-11-01").redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // serve stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long started = System.nanoTime();
            String first = waitFor(lines, "preview at", 600);
            System.out.printf("jar: %s%nfirst build + start: %d ms (%s)%n", jar, ms(started), first);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<String, List<Long>> latencies = new LinkedHashMap<>();
            Map<String, List<Long>> rebuilds = new LinkedHashMap<>();
            for (int run = 0; run < warmup + runs; run++) {
                for (Edit edit : EDITS) {
                    String marker = "m" + run + "x" + System.nanoTime();
                    lines.clear();
                    URI url = URI.create("http://127.0.0.1:" + port + edit.page());
                    long saved = System.nanoTime();
                    Files.writeString(site.resolve(edit.file()), edit.change().apply(originals.get(edit.file()), marker),
                            StandardCharsets.UTF_8);
                    while (!http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body().contains(marker)) {
                        if (System.nanoTime() - saved > TimeUnit.SECONDS.toNanos(60)) {
                            throw new IllegalStateException(edit.name() + ": not served within 60 s");
                        }
                        Thread.sleep(2);
                    }
                    long latency = ms(saved);
                    Matcher built = BUILT.matcher(waitFor(lines, "built ", 30));
                    if (run >= warmup) {
                        latencies.computeIfAbsent(edit.name(), k -> new ArrayList<>()).add(latency);
                        rebuilds.computeIfAbsent(edit.name(), k -> new ArrayList<>()).add(built.find() ? Long.parseLong(built.group(2)) : -1);
                    }
                    Thread.sleep(150);
                }
            }
            System.out.printf("%d saves of each kind (after %d warm-up rounds), the default site in Vietnamese and English:%n", runs, warmup);
            for (Edit edit : EDITS) {
                System.out.printf("  %-26s save → served: %s%n  %-26s rebuild (serve's log): %s%n", edit.name(),
                        summary(latencies.get(edit.name())), "", summary(rebuilds.get(edit.name())));
            }
            Path load = Path.of("/proc/loadavg");
            if (Files.isReadable(load)) {
                System.out.printf("load average at the end (1, 5, 15 min): %s%n", Files.readString(load).strip());
            }
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
            try (Stream<Path> walk = Files.walk(site)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("median %4d ms   p90 %4d ms   min %4d ms   max %4d ms", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static String waitFor(BlockingQueue<String> lines, String prefix, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                if (line.contains(prefix)) {
                    return line;
                }
                if (line.contains("error:")) {
                    System.out.println("serve: " + line);
                }
            }
        }
        throw new IllegalStateException("serve did not print '" + prefix + "' within " + seconds + " s");
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edit-to-served latency of {@code serve} on a synthetic site. Writes a site of about PAGES pages,
 * starts {@code java -jar JAR serve} on it, then RUNS times: rewrites one tip with a new marker and
 * polls that tip's URL until the marker is served. Reports the edit→served latency and the rebuild
 * time that serve itself prints ("built N files in X ms").
 *
 * Usage: java bench/SyntheticSite.java is compiled alongside; run through bench/serve-latency.sh.
 */
public final class ServeBenchmark {
    private static final Pattern BUILT = Pattern.compile("built (\\d+) files in (\\d+) ms \\((\\d+) ms CPU");

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(arg(args, "--jar", "target/campaign-kit.jar"));
        int pages = Integer.parseInt(arg(args, "--pages", "10000"));
        int runs = Integer.parseInt(arg(args, "--runs", "30"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "10"));
        int port = Integer.parseInt(arg(args, "--port", "8899"));
        String heap = arg(args, "--heap", "2g");
        Path site = Files.createTempDirectory("campaignkit-bench-");
        long t0 = System.nanoTime();
        SyntheticSite.write(site, pages);
        System.out.printf("site: %s (%d tips) written in %d ms%n", site, SyntheticSite.tipCount(pages), ms(t0));

        Process serve = new ProcessBuilder("java", "-Xmx" + heap, "-jar", jar.toString(), "serve", "--source", site.toString(),
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
            long startServe = System.nanoTime();
            String first = waitFor(lines, "preview at", 600);
            System.out.printf("first build + start: %d ms (%s)%n", ms(startServe), first);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Long> latencies = new ArrayList<>();
            List<Long> rebuilds = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            int tips = SyntheticSite.tipCount(pages);
            for (int run = 0; run < warmup + runs; run++) {
                int tip = 1 + (run * 7919) % tips;
                String marker = "lần-" + run + "-" + System.nanoTime();
                lines.clear();
                Path file = site.resolve(SyntheticSite.tipPath(tip));
                URI url = URI.create("http://127.0.0.1:" + port + SyntheticSite.tipUrl(tip));
                long edited = System.nanoTime();
                Files.writeString(file, SyntheticSite.tip(tip, marker), StandardCharsets.UTF_8);
                while (true) {
                    HttpResponse<String> page = http.send(HttpRequest.newBuilder(url).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (page.body().contains(marker)) {
                        break;
                    }
                    if (System.nanoTime() - edited > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IllegalStateException("edit of tip " + tip + " not served within 60 s");
                    }
                    Thread.sleep(2);
                }
                long latency = (System.nanoTime() - edited) / 1_000_000;
                Matcher built = BUILT.matcher(waitFor(lines, "built ", 30));
                boolean found = built.find();
                if (run >= warmup) {
                    latencies.add(latency);
                    rebuilds.add(found ? Long.parseLong(built.group(2)) : -1);
                    cpu.add(found ? Long.parseLong(built.group(3)) : -1);
                }
                Thread.sleep(150);
            }
            System.out.printf("%d edits of one tip each (after %d warm-up edits), %d-page site:%n", runs, warmup, pages);
            report("edit → new content served", latencies);
            report("rebuild (as serve reports it)", rebuilds);
            report("rebuild CPU (build thread)", cpu);
            Path load = Path.of("/proc/loadavg");
            if (Files.isReadable(load)) {
                System.out.printf("load average at the end (1, 5, 15 min): %s%n", Files.readString(load).strip());
            }
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
            try (var walk = Files.walk(site)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String what, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("  %-32s median %4d ms   p90 %4d ms   min %4d ms   max %4d ms%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0),
                sorted.get(sorted.size() - 1));
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

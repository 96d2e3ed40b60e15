import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns bench/work/runs.tsv into the Markdown results: per engine, size and case the median/min/max
 * wall seconds, median CPU seconds and peak memory, then ratios and seconds per 1,000 pages.
 * Usage: {@code Report RUNS_TSV RESULTS_MD MACHINE_LINE VERSIONS_LINE SESSIONS_FILE}.
 */
public final class Report {
    record Run(String engine, int pages, String kase, double wall, double cpu, long rssKb, String written) {
    }

    record Stats(String engine, int pages, String kase, int runs, double median, double min, double max, double cpu,
                 double rssMb, double maxRssMb, String written) {
    }

    public static void main(String[] args) throws IOException {
        List<Run> runs = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            runs.add(new Run(f[0], Integer.parseInt(f[1]), f[2], Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]) + Double.parseDouble(f[6]), Long.parseLong(f[7]), f.length > 8 ? f[8] : "-"));
        }
        Map<String, List<Run>> groups = new LinkedHashMap<>();
        runs.stream().sorted(Comparator.comparing(Run::kase, Comparator.comparing(Report::caseOrder))
                        .thenComparing(Run::pages).thenComparing(Run::engine, Comparator.comparing(Report::engineOrder)))
                .forEach(r -> groups.computeIfAbsent(r.engine() + "/" + r.pages() + "/" + r.kase(), k -> new ArrayList<>()).add(r));
        List<Stats> stats = groups.values().stream().map(Report::stats).toList();

        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Machine: ").append(args[2]).append(".  \nVersions: ").append(args[3]).append(".\n\nRuns:\n\n")
                .append(Files.readString(Path.of(args[4]), StandardCharsets.UTF_8)).append('\n');
        md.append("Wall = whole process, JVM start included (median, min, max over the runs); CPU = user + sys seconds "
                + "(median); peak memory = maximum resident set size (`/usr/bin/time %M`). Campaign Kit builds with "
                + "`build --pages-only`. Files written = files in the output newer than the start of the run (files "
                + "reused from the previous build keep their time). When the load average (see Runs) is far above the "
                + "number of cores, wall times measure the wait for a core as much as the engine: compare CPU seconds then.\n\n");
        md.append("| engine | pages | case | runs | wall median s | wall min s | wall max s | CPU median s | peak MB median | peak MB max | files written |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Stats s : stats) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %s |%n",
                    name(s.engine()), s.pages(), s.kase(), s.runs(), s.median(), s.min(), s.max(), s.cpu(), s.rssMb(),
                    s.maxRssMb(), s.written()));
        }
        md.append("\n## Ratios (medians, full builds)\n\n| Campaign Kit launch | pages | wall: Campaign Kit / Hugo | "
                + "wall: jbake-core / Campaign Kit | CPU: Campaign Kit / Hugo | CPU: jbake-core / Campaign Kit |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        stats.stream().filter(s -> s.engine().startsWith("ck") && s.kase().equals("full")).forEach(ck -> {
            Optional<Stats> hugo = find(stats, "hugo", ck.pages());
            Optional<Stats> jbake = find(stats, "jbake", ck.pages());
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |%n", name(ck.engine()), ck.pages(),
                    hugo.map(h -> String.format(Locale.ROOT, "%.2f", ck.median() / h.median())).orElse("–"),
                    jbake.map(j -> String.format(Locale.ROOT, "%.1f×", j.median() / ck.median())).orElse("–"),
                    hugo.map(h -> String.format(Locale.ROOT, "%.2f", ck.cpu() / h.cpu())).orElse("–"),
                    jbake.map(j -> String.format(Locale.ROOT, "%.1f×", j.cpu() / ck.cpu())).orElse("–")));
        });
        md.append("\n## Linearity (median wall seconds per 1,000 pages, full builds)\n\n| engine | ");
        List<Integer> sizes = stats.stream().filter(s -> s.kase().equals("full")).map(Stats::pages).distinct().sorted().toList();
        sizes.forEach(n -> md.append(String.format(Locale.ROOT, "%,d pages | ", n)));
        md.append("\n|---|").append("---:|".repeat(sizes.size())).append('\n');
        for (String engine : ENGINES) {
            if (stats.stream().noneMatch(s -> s.engine().equals(engine))) {
                continue;
            }
            md.append("| ").append(name(engine)).append(" | ");
            for (int n : sizes) {
                md.append(find(stats, engine, n).map(s -> String.format(Locale.ROOT, "%.3f", s.median() * 1000 / n)).orElse("–"))
                        .append(" | ");
            }
            md.append('\n');
        }
        targets(md, stats);
        Files.writeString(Path.of(args[1]), md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    /** The targets, checked against the medians of this report. */
    static void targets(StringBuilder md, List<Stats> stats) {
        md.append("\n## Targets (medians of this report)\n\n| target | Campaign Kit launch | measured | met |\n|---|---|---|---|\n");
        for (String ck : List.of("ck", "ck-fast")) {
            String who = name(ck);
            Optional<Stats> k10 = find(stats, ck, 10_000);
            Optional<Stats> h10 = find(stats, "hugo", 10_000);
            Optional<Stats> j10 = find(stats, "jbake", 10_000);
            if (k10.isPresent() && h10.isPresent()) {
                double wall = k10.get().median() / h10.get().median();
                double cpu = k10.get().cpu() / h10.get().cpu();
                row(md, "10,000 pages: wall ≤ Hugo's", who, String.format(Locale.ROOT, "%.2f× Hugo's wall (CPU: %.2f×)", wall, cpu),
                        wall <= 1.0);
            }
            if (k10.isPresent() && j10.isPresent()) {
                double wall = j10.get().median() / k10.get().median();
                row(md, "10,000 pages: ≥ 15× faster than jbake-core", who, String.format(Locale.ROOT, "%.1f× (CPU: %.1f×)", wall,
                        j10.get().cpu() / k10.get().cpu()), wall >= 15);
            }
            find(stats, ck, 1_000).ifPresent(s -> row(md, "1,000 pages: ≤ 1.5 s wall", who,
                    String.format(Locale.ROOT, "%.2f s (min %.2f s; CPU %.2f s)", s.median(), s.min(), s.cpu()), s.median() <= 1.5));
            k10.ifPresent(s -> row(md, "10,000 pages: peak memory ≤ 600 MB", who,
                    String.format(Locale.ROOT, "%.0f MB (max %.0f MB)", s.rssMb(), s.maxRssMb()), s.maxRssMb() <= 600));
            Optional<Stats> k1 = find(stats, ck, 1_000);
            Optional<Stats> k30 = find(stats, ck, 30_000);
            if (k10.isPresent() && k30.isPresent()) {
                double per10 = k10.get().cpu() / 10;
                double per30 = k30.get().cpu() / 30;
                row(md, "time linear in N (CPU s per 1,000 pages)", who, String.format(Locale.ROOT, "%s10k: %.2f, 30k: %.2f",
                        k1.map(s -> String.format(Locale.ROOT, "1k: %.2f, ", s.cpu())).orElse(""), per10, per30),
                        per30 <= per10 * 1.2);
            }
            stats.stream().filter(s -> s.engine().equals(ck) && s.pages() == 10_000 && s.kase().equals("unchanged")).findFirst()
                    .ifPresent(s -> row(md, "10,000 pages, unchanged input: ≤ 1 s", who, String.format(Locale.ROOT,
                            "%.2f s (min %.2f s; CPU %.2f s), %s files written", s.median(), s.min(), s.cpu(), s.written()),
                            s.median() <= 1.0));
            stats.stream().filter(s -> s.engine().equals(ck) && s.kase().equals("one-edit")).forEach(s -> row(md,
                    String.format(Locale.ROOT, "%,d pages, one tip edited: only affected files rewritten", s.pages()), who,
                    s.written() + " files written (the tip's page and the manifest)", s.written().equals("2")));
        }
    }

    static void row(StringBuilder md, String target, String who, String measured, boolean met) {
        md.append("| ").append(target).append(" | ").append(who).append(" | ").append(measured).append(" | ")
                .append(met ? "yes" : "**no**").append(" |\n");
    }

    static Optional<Stats> find(List<Stats> stats, String engine, int pages) {
        return stats.stream().filter(s -> s.engine().equals(engine) && s.pages() == pages && s.kase().equals("full")).findFirst();
    }

    static Stats stats(List<Run> runs) {
        Run first = runs.get(0);
        return new Stats(first.engine(), first.pages(), first.kase(), runs.size(), median(runs.stream().map(Run::wall).toList()),
                runs.stream().mapToDouble(Run::wall).min().orElseThrow(), runs.stream().mapToDouble(Run::wall).max().orElseThrow(),
                median(runs.stream().map(Run::cpu).toList()), median(runs.stream().map(r -> r.rssKb() / 1024.0).toList()),
                runs.stream().mapToDouble(r -> r.rssKb() / 1024.0).max().orElseThrow(),
                runs.stream().map(Run::written).sorted(Comparator.comparing(Report::number)).skip(runs.size() / 2).findFirst()
                        .orElse("-"));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static long number(String s) {
        return s.matches("[0-9]+") ? Long.parseLong(s) : -1;
    }

    static int caseOrder(String kase) {
        return List.of("full", "unchanged", "one-edit").indexOf(kase);
    }

    static final List<String> ENGINES = List.of("ck", "ck-fast", "ck-default", "hugo", "jbake");

    static int engineOrder(String engine) {
        return ENGINES.indexOf(engine);
    }

    static String name(String engine) {
        return switch (engine) {
            case "ck" -> "Campaign Kit (java -jar)";
            case "ck-fast" -> "Campaign Kit (tuning flags by hand)";
            case "ck-default" -> "Campaign Kit (JVM defaults, relaunch off)";
            case "hugo" -> "Hugo";
            case "jbake" -> "jbake-core";
            default -> engine;
        };
    }
}

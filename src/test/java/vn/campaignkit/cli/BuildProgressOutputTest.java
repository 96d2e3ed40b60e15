package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/**
 * {@code build} and {@code check} show progress on stderr: a line redrawn in place on a terminal, plain lines
 * in a pipe, nothing with --quiet; the summary stays the last line. Progress shows from the start here (the
 * real wait is two seconds), through the command line in this JVM and through a real terminal and the
 * relaunched build JVM.
 */
class BuildProgressOutputTest {
    /** 12 tips, their index, the home page and the pages every site has (404, search, downloads…). */
    private static final int PAGES = 22;

    @TempDir
    Path dir;

    private MicroSite site() {
        MicroSite site = MicroSite.in(dir.resolve("site"));
        for (int i = 1; i <= 12; i++) {
            site.tip("meo-" + i, "title: Mẹo số " + i, "Gọi **111** khi cần.\n");
        }
        return site;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(ProgressSettings.Mode mode, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, o, e, () -> new ProgressSettings(mode, Duration.ZERO, Duration.ZERO));
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String[] build(MicroSite site, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--pages-only", "--now", "2025-10-20", "--source",
                site.root().toString(), "--output", dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void onATerminalTheLineIsRedrawnThenErasedAndTheSummaryIsLast() {
        Run run = run(ProgressSettings.Mode.LIVE_LINE, build(site()));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Built " + PAGES + " pages").endsWith("\n");
        assertThat(run.err()).startsWith("\rBuilding: pages 0/" + PAGES + " - 0:0")
                .contains("\rBuilding: pages 1/" + PAGES + " - ", "\rBuilding: pages " + PAGES + "/" + PAGES + " - ")
                .doesNotContain("\n")
                .matches("(?s).*\r +\r");
    }

    @Test
    void inAPipePlainLinesComeForEachTenthOfTheWork() {
        Run run = run(ProgressSettings.Mode.LOG_LINES, build(site()));
        assertThat(run.exit()).isZero();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as("the start, each tenth (%d pages), the end, writing", PAGES).hasSize(12);
        assertThat(lines.subList(0, 11)).allMatch(l -> l.matches("progress: pages \\d+/" + PAGES + " \\(\\d+ %\\), 0:\\d\\d elapsed.*"));
        assertThat(lines.get(0)).startsWith("progress: pages 0/" + PAGES + " (0 %), ");
        assertThat(lines.get(10)).startsWith("progress: pages " + PAGES + "/" + PAGES + " (100 %), ");
        assertThat(lines.get(11)).matches("progress: writing the output, 0:\\d\\d elapsed");
        assertThat(run.err()).doesNotContain("\r");
        assertThat(run.out().lines()).hasSize(1).first().asString().startsWith("Built " + PAGES + " pages");
    }

    @Test
    void checkShowsProgressToo() {
        MicroSite site = site();
        Run run = run(ProgressSettings.Mode.LOG_LINES, "check", "--now", "2025-10-20", "--source", site.root().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("progress: pages " + PAGES + "/" + PAGES + " (100 %)");
        assertThat(run.out()).startsWith("No problems: " + PAGES + " pages checked.");
    }

    @Test
    void quietShowsNoProgressButStillTheSummaryAndTheProblems() {
        MicroSite site = site();
        Run ok = run(ProgressSettings.Mode.LIVE_LINE, build(site, "--quiet"));
        assertThat(ok.err()).isEmpty();
        assertThat(ok.out()).startsWith("Built " + PAGES + " pages");

        site.tip("hong", "title: Hỏng\ndate: 2025-02-30", "x\n");
        Run broken = run(ProgressSettings.Mode.LIVE_LINE, "check", "--quiet", "--source", site.root().toString());
        assertThat(broken.exit()).isEqualTo(Main.SITE_PROBLEMS);
        assertThat(broken.err()).startsWith("content/tips/hong.md:3:7: error:");
    }

    @Test
    void problemsArePrintedOnAClearedLine() {
        MicroSite site = site();
        site.tip("lien-ket", "title: Liên kết", "[Mất](/khong-co/)\n");
        Run run = run(ProgressSettings.Mode.LIVE_LINE, build(site));
        assertThat(run.exit()).isEqualTo(Main.SITE_PROBLEMS);
        assertThat(run.err()).containsPattern("\r +\rcontent/tips/lien-ket\\.md:\\d+:\\d+: error: ");
    }

    /** The real thing: `script` gives the command a terminal; the build runs in the relaunched JVM. */
    @Test
    void aRealTerminalGetsTheLiveLineAlsoFromTheRelaunchedJvmAndAPipeGetsPlainLines() throws Exception {
        MicroSite site = site();
        String[] args = build(site);
        String command = "exec \"$CK_JAVA\" -cp \"$CK_CP\" vn.campaignkit.cli.Main " + String.join(" ", quoted(args));
        Process terminal = process(List.of("script", "-qec", command, "/dev/null"), dir.resolve("terminal.txt"));
        assertThat(terminal.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String seen = Files.readString(dir.resolve("terminal.txt"), StandardCharsets.UTF_8);
        assertThat(terminal.exitValue()).as(seen).isZero();
        assertThat(seen).contains("\rBuilding: pages " + PAGES + "/" + PAGES).doesNotContain("progress: ");
        assertThat(seen).containsPattern("\r +\rBuilt " + PAGES + " pages");

        Process pipe = process(List.of("sh", "-c", command + " --force"), dir.resolve("pipe.txt"));
        assertThat(pipe.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String logged = Files.readString(dir.resolve("pipe.txt"), StandardCharsets.UTF_8);
        assertThat(pipe.exitValue()).as(logged).isZero();
        assertThat(logged).contains("progress: pages " + PAGES + "/" + PAGES + " (100 %)").doesNotContain("\r");
    }

    private Process process(List<String> command, Path output) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = pb.environment();
        env.remove("CAMPAIGNKIT_RELAUNCH");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.put("CK_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("CK_CP", System.getProperty("java.class.path"));
        env.put(ProgressSettings.AFTER_SWITCH, "0");
        env.put("CAMPAIGNKIT_TIMINGS", "1");
        env.put("TERM", "xterm");
        return pb.start();
    }

    private static List<String> quoted(String[] args) {
        return java.util.Arrays.stream(args).map(a -> "'" + a.replace("'", "'\\''") + "'").toList();
    }
}

package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/**
 * SPEC §5 and the exit codes of §2: every problem of a run in one report, exit 1, the previous output
 * untouched; usage mistakes exit 2; nothing written by {@code check}; never a stack trace.
 */
class ErrorContractTest {
    @TempDir
    Path dir;

    private MicroSite brokenSite(Path folder) {
        return MicroSite.in(folder)
                .tip("ngay", "title: Ngày sai\ndate: 2025-02-30", "x\n")
                .tip("khoa", "title: Khóa lạ\ntitel: y", "x\n")
                .tip("lien-ket", "title: Liên kết", "Xem [đây](khong-co.md).\n")
                .writeBytes("content/tips/latin1.md", "---\ntitle: Café\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void reportsAllProblemsOfARunInOneRunThenFailsOnce() {
        MicroSite.Run run = brokenSite(dir).build().failsWithProblems();
        run.reports("content/tips/ngay.md:3:7", "2025-02-30")
                .reports("content/tips/khoa.md:3:1", "titel")
                .reports("content/tips/lien-ket.md:4:5", "khong-co.md")
                .reports("content/tips/latin1.md:2:11", "UTF-8");
        assertThat(run.errors()).hasSize(4);
        assertThat(run.err()).contains("4 problems found");
        assertThat(run.errors()).allMatch(l -> l.matches("[^:]+:\\d+:\\d+: error: .+"));
    }

    @Test
    void leavesPreviousOutputByteForByteUntouchedAfterAFailedBuild() throws Exception {
        MicroSite site = MicroSite.in(dir).tip("tot", "title: Tốt", "Nội dung.\n");
        site.buildEverything().succeeds();
        Map<String, String> before = MicroSite.hashTree(site.output());
        assertThat(before).containsKey("tips/tot/index.html");
        Thread.sleep(20);

        site.tip("tot", "title: Tốt\ndeadline: 2025-01-01", "Đã sửa.\n").tip("moi", "title: Mới", "[x](khong-co.md)\n");
        site.buildEverything().failsWithProblems();

        assertThat(MicroSite.hashTree(site.output())).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(site.output().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).as("no staging folder left behind")
                    .allMatch(n -> !n.startsWith("output.") && !n.contains("tmp"));
        }
    }

    @Test
    void replacesPreviousOutputOnSuccess() {
        MicroSite site = MicroSite.in(dir).tip("cu", "title: Cũ", "x\n");
        site.build().succeeds();
        Path old = site.output().resolve("tips/cu/index.html");
        assertThat(old).exists();
        site.root().resolve("content/tips/cu.md").toFile().delete();
        site.tip("moi", "title: Mới", "x\n").build().succeeds();
        assertThat(old).doesNotExist();
        assertThat(site.output().resolve("tips/moi/index.html")).exists();
    }

    @Test
    void checkWritesNothing() throws Exception {
        MicroSite site = MicroSite.in(dir.resolve("site")).tip("a", "title: A", "x\n");
        site.check().succeeds();
        brokenSite(site.root()).check().failsWithProblems();
        assertThat(site.output()).doesNotExist();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> site.root().relativize(p).toString()))
                    .allMatch(p -> p.startsWith("content/"));
        }
    }

    @Test
    void refusesToReplaceANonEmptyForeignFolder() {
        Path foreign = dir.resolve("tai-lieu");
        MicroSite site = MicroSite.in(dir.resolve("site")).write("../tai-lieu/bao-cao.docx", "quan trọng")
                .write("../tai-lieu/anh/a.jpg", "x");
        Map<String, String> before = MicroSite.hashTree(foreign);
        MicroSite.Run run = site.build("--output", foreign.toString());
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        run.hasNoStackTrace();
        assertThat(run.err()).contains("not empty");
        assertThat(MicroSite.hashTree(foreign)).isEqualTo(before);
    }

    @Test
    void buildsIntoAnEmptyOrMissingOutputFolder() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("trong"));
        MicroSite site = MicroSite.in(dir.resolve("site"));
        site.build("--output", empty.toString()).succeeds();
        assertThat(empty.resolve("index.html")).exists();
        site.build("--output", dir.resolve("moi/sau").toString()).succeeds();
        assertThat(dir.resolve("moi/sau/index.html")).exists();
        site.build("--output", empty.toString()).succeeds();
    }

    @Test
    void refusesImpossibleNowAsUsageError() {
        MicroSite site = MicroSite.in(dir);
        for (String command : new String[] {"build", "check"}) {
            MicroSite.Run run = MicroSite.Run.of(command, "--source", site.root().toString(), "--now", "2025-02-30");
            assertThat(run.exit()).isEqualTo(Main.USAGE);
            run.hasNoStackTrace();
            assertThat(run.err()).contains("2025-02-30");
        }
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void refusesMissingSourceFolderAsUsageError() {
        Path missing = dir.resolve("khong-co");
        MicroSite.Run run = MicroSite.Run.of("build", "--source", missing.toString(), "--now", "2025-10-20");
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        run.hasNoStackTrace();
        assertThat(missing).doesNotExist();
    }

    @Test
    void refusesUnknownOptionAsUsageError() {
        MicroSite.Run run = MicroSite.Run.of("build", "--nope");
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        run.hasNoStackTrace();
    }

    @Test
    void neverPrintsAStackTraceForMalformedContent() {
        StringBuilder garbage = new StringBuilder("---\n");
        for (int i = 0; i < 2000; i++) {
            garbage.append((char) ('!' + (i * 7919) % 90));
            if (i % 37 == 0) {
                garbage.append(i % 3 == 0 ? ": " : "\n");
            }
        }
        MicroSite site = MicroSite.in(dir)
                .write("content/tips/rac.md", garbage + "\n---\n" + garbage)
                .write("content/tips/rong.md", "")
                .write("content/tips/chi-rao.md", "---\n---\n")
                .write("content/tips/khong-dong.md", "---\n")
                .write("content/tips/danh-sach.md", "---\n- a\n- b\n---\n")
                .write("content/tips/so.md", "---\ntitle: 12\ntags: {a: b}\nweight: nhiều\ndraft: có\n---\n")
                .write("content/tips/null.md", "---\ntitle:\ntags: [~, '', {x: y}]\n---\n")
                .write("content/contests/thieu.md", "---\ntitle: Thiếu ngày\nstart: [2025]\ndeadline: {a: 1}\n---\n")
                .write("content/schools/rong.md", "---\ntitle: Trường\nprovince: '  '\n---\n")
                .write("content/khong-biet/x.md", "---\ntitle: x\n---\n")
                .write("content/tips/con/x.md", "---\ntitle: x\n---\n")
                .write("data/schools.csv", "title,province,\"bad\n\"x\",\"y\nz")
                .write("data/khac.json", "{}")
                .write("site.yaml", "title: [\n");
        MicroSite.Run run = site.build().failsWithProblems();
        assertThat(run.errors().size()).isGreaterThanOrEqualTo(10);
        assertThat(site.check().failsWithProblems().errors()).isEqualTo(run.errors());
    }
}

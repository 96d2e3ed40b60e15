package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build with unchanged input stops early; after an edit only the files whose bytes changed are new. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;
    Path site;
    Path out;

    @BeforeEach
    void smallSite() throws IOException {
        site = tmp.resolve("site");
        out = tmp.resolve("out");
        write("site.yaml", "title: \"Không một mình\"\nbase_url: \"https://example.org/\"\n");
        write("content/index.md", "---\ntitle: \"Không một mình\"\n---\nGọi **111**. #khongmotminh\n");
        write("content/tips/luu-bang-chung.md", "---\ntitle: \"Lưu bằng chứng\"\ntags: [khongmotminh]\n---\nChụp màn hình trước.\n");
        write("content/tips/mat-khau.md", "---\ntitle: \"Mật khẩu gia đình\"\ntags: [khongmotminh]\n---\nMột mật khẩu bí mật.\n");
    }

    @Test
    void unchangedInputIsUpToDateAndTouchesNothing() throws IOException {
        assertThat(build(out)).startsWith("Built ");
        Map<String, Object> before = fileKeys(out);

        assertThat(build(out)).startsWith("Up to date");

        assertThat(fileKeys(out)).isEqualTo(before);
    }

    @Test
    void changedOptionsOrInputBuildAgain() throws IOException {
        build(out);
        assertThat(build(out, "2025-10-21")).startsWith("Built ");
        write("content/tips/mat-khau.md", "---\ntitle: \"Mật khẩu gia đình\"\ntags: [khongmotminh]\n---\nĐổi câu.\n");
        assertThat(build(out, "2025-10-21")).startsWith("Built ");
    }

    @Test
    void afterOneEditOnlyChangedFilesAreNewAndTheOutputEqualsAFullBuild() throws IOException {
        build(out);
        Map<String, Object> before = fileKeys(out);

        write("content/tips/mat-khau.md", "---\ntitle: \"Mật khẩu gia đình\"\ntags: [khongmotminh]\n---\nMột câu khác hẳn.\n");
        assertThat(build(out)).startsWith("Built ").contains("files unchanged since the last build");

        Map<String, Object> after = fileKeys(out);
        TreeMap<String, Object> changed = new TreeMap<>();
        after.forEach((path, key) -> {
            if (!key.equals(before.get(path))) {
                changed.put(path, key);
            }
        });
        assertThat(changed.keySet()).containsExactly(".campaignkit-manifest.tsv", "tips/mat-khau/index.html");
        Path fresh = tmp.resolve("fresh");
        build(fresh);
        try (Stream<Path> files = Files.walk(fresh)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.mismatch(f, out.resolve(fresh.relativize(f).toString()))).as(f.toString()).isEqualTo(-1L);
            }
        }
    }

    @Test
    void aFailedBuildLeavesTheLinkedPreviousOutputAsItWas() throws IOException {
        build(out);
        String page = Files.readString(out.resolve("tips/luu-bang-chung/index.html"));
        write("content/tips/mat-khau.md", "---\ntitle: \"Mật khẩu\"\nunknown_key: 1\n---\nx\n");

        assertThat(run("build", "--source", site.toString(), "--output", out.toString(), "--pages-only", "--now", "2025-10-20")
                .exit).isEqualTo(Main.SITE_PROBLEMS);

        assertThat(Files.readString(out.resolve("tips/luu-bang-chung/index.html"))).isEqualTo(page);
        assertThat(build(out)).as("the site still has the problem").isEmpty();
        assertThat(Files.readString(out.resolve("tips/luu-bang-chung/index.html"))).isEqualTo(page);
    }

    /** Builds with --now 2025-10-20; returns what the build printed, or "" when it failed. */
    private String build(Path output) {
        return build(output, "2025-10-20");
    }

    private String build(Path output, String now) {
        Outcome o = run("build", "--source", site.toString(), "--output", output.toString(), "--pages-only", "--now", now);
        return o.exit == Main.OK ? o.out : "";
    }

    private record Outcome(int exit, String out) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8));
    }

    /** Output path → file key (device and inode): a rewritten file gets a new key, a linked one keeps it. */
    private static Map<String, Object> fileKeys(Path dir) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                keys.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAttributes(f,
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

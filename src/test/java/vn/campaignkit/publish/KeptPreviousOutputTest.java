package vn.campaignkit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big output is not deleted when a build replaces it: it is kept as {@code X.campaignkit-previous} and the next
 * build writes over it (issue 14: one school renamed on the national site). Whatever that folder holds, the output
 * that comes out is exactly what the build wrote; a small output is deleted as before.
 */
class KeptPreviousOutputTest {
    @TempDir
    Path dir;

    @BeforeEach
    void smallSitesCountAsBig() {
        System.setProperty("campaignkit.keepPreviousFromFiles", "3");
    }

    @AfterEach
    void back() {
        System.clearProperty("campaignkit.keepPreviousFromFiles");
    }

    private Path out() {
        return dir.resolve("output");
    }

    private Path kept() {
        return dir.resolve("output.campaignkit-previous");
    }

    /** One build as {@code build} runs it: under the lock, staged from the kept folder when there is one. */
    private StagingFolder build(Map<String, String> files) {
        try (Publication publication = Publication.open(out())) {
            StagingFolder staging = publication.stage(new ManifestReader(out()));
            files.forEach((path, text) -> staging.write(path, text.getBytes(StandardCharsets.UTF_8)));
            staging.writeManifest(Map.of());
            staging.swapIn();
            return staging;
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString();
                if (Files.isRegularFile(p) && !rel.equals(StagingFolder.MANIFEST)) {
                    files.put(rel, Files.readString(p));
                } else if (Files.isDirectory(p) && !p.equals(root)) {
                    files.put(rel + "/", "");
                }
            }
        }
        return files;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> site(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    @Test
    void theReplacedBigOutputIsKeptAndTheNextBuildStartsFromIt() throws IOException {
        build(site("a/index.html", "một", "b/index.html", "hai", "c.png", "ba"));
        assertThat(siblings()).containsExactly("output");
        build(site("a/index.html", "một", "b/index.html", "hai mới", "c.png", "ba"));
        assertThat(siblings()).containsExactly("output", "output.campaignkit-previous");
        assertThat(tree(kept())).containsEntry("b/index.html", "hai");
        // the unchanged files are one file in both folders: keeping costs only what changed
        assertThat(Files.isSameFile(kept().resolve("a/index.html"), out().resolve("a/index.html"))).isTrue();

        StagingFolder third = build(site("a/index.html", "một", "b/index.html", "hai mới", "c.png", "ba", "d/e.txt", "bốn"));
        assertThat(tree(out())).isEqualTo(Map.of("a/", "", "a/index.html", "một", "b/", "", "b/index.html", "hai mới",
                "c.png", "ba", "d/", "", "d/e.txt", "bốn"));
        assertThat(third.unchangedFiles()).isEqualTo(3);
        assertThat(siblings()).containsExactly("output", "output.campaignkit-previous");
        assertThat(tree(kept())).containsEntry("b/index.html", "hai mới").doesNotContainKey("d/e.txt");
    }

    @Test
    void whatTheKeptFolderHoldsNeverReachesTheOutput() throws IOException {
        build(site("a/index.html", "một", "b/index.html", "hai", "c.png", "ba"));
        build(site("a/index.html", "một", "b/index.html", "hai", "c.png", "ba"));
        // anything at all in the kept folder: stray files and folders, a folder where a file goes, a file where a
        // folder goes, a file replaced by hand
        Files.writeString(kept().resolve("stray.txt"), "lạc");
        Files.createDirectories(kept().resolve("empty/deeper"));
        Files.delete(kept().resolve("c.png"));
        Files.createDirectories(kept().resolve("c.png/x"));
        Files.writeString(kept().resolve("c.png/x/y"), "z");
        Files.writeString(kept().resolve("f"), "a file where a folder goes");
        Files.delete(kept().resolve("b/index.html"));
        Files.writeString(kept().resolve("b/index.html"), "sửa tay");

        build(site("a/index.html", "một", "b/index.html", "hai", "c.png", "ba", "f/g.txt", "mới"));
        assertThat(tree(out())).isEqualTo(Map.of("a/", "", "a/index.html", "một", "b/", "", "b/index.html", "hai",
                "c.png", "ba", "f/", "", "f/g.txt", "mới"));
    }

    @Test
    void aBuildThatFailsPutsTheKeptFolderBackAndLeavesTheOutputAsItWas() throws IOException {
        build(site("a/index.html", "một", "b/index.html", "hai", "c.png", "ba"));
        build(site("a/index.html", "một mới", "b/index.html", "hai", "c.png", "ba"));
        Map<String, String> before = tree(out());
        try (Publication publication = Publication.open(out())) {
            StagingFolder staging = publication.stage(new ManifestReader(out()));
            staging.write("a/index.html", "hỏng".getBytes(StandardCharsets.UTF_8));
            // the build stops here (a problem in the site): no swap
        }
        assertThat(tree(out())).isEqualTo(before);
        assertThat(siblings()).containsExactly("output", "output.campaignkit-previous");
        build(site("a/index.html", "một mới", "b/index.html", "hai", "c.png", "ba"));
        assertThat(tree(out())).isEqualTo(before);
    }

    @Test
    void anOutputThatSharesNoFileWithTheNewOneIsDeletedAsBefore() throws IOException {
        // nothing linked: every file changed, or a disk without hard links (a USB stick), where keeping would copy
        build(site("a/index.html", "một", "b/index.html", "hai", "c.png", "ba"));
        build(site("a/index.html", "một mới", "b/index.html", "hai mới", "c.png", "ba mới"));
        assertThat(siblings()).containsExactly("output");
    }

    @Test
    void aSmallOutputIsDeletedAsBefore() throws IOException {
        System.setProperty("campaignkit.keepPreviousFromFiles", "5000");
        build(site("a/index.html", "một", "b/index.html", "hai"));
        build(site("a/index.html", "một", "b/index.html", "hai mới"));
        assertThat(siblings()).containsExactly("output");
        assertThat(tree(out())).containsEntry("b/index.html", "hai mới");
    }
}

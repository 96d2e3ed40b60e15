package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaignkit.testsite.MicroSite;

/**
 * A build killed with {@code kill -9} at any point of writing the output leaves a complete output folder (or, for
 * the instant between the two moves of the swap, the complete earlier one beside it, which the next build puts back
 * first); the next build removes every leftover; a running build's folders are never touched by another build.
 * Each build under test runs in a JVM of its own, held at a named point so the kill lands exactly there.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class KilledBuildTest {
    @TempDir
    Path dir;
    MicroSite site;
    Map<String, String> first;
    Map<String, String> firstContents;

    @BeforeEach
    void builtOnceThenEdited() {
        site = MicroSite.in(dir.resolve("site")).tip("a", "title: Bản một", "Nội dung thứ nhất.\n");
        site.build().succeeds();
        first = MicroSite.hashTree(site.output());
        firstContents = contents(site.output());
        site.tip("a", "title: Bản hai", "Nội dung thứ hai.\n").tip("b", "title: Mẹo mới", "Thêm một mẹo.\n");
    }

    /** Every file below a folder with the SHA-256 of its bytes (no times): what a complete build must contain. */
    private static Map<String, String> contents(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(f).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    /** What a build of the edited site into a fresh folder writes. */
    private Map<String, String> secondContents() {
        Path fresh = dir.resolve("fresh");
        site.build("--output", fresh.toString()).succeeds();
        return contents(fresh);
    }

    private List<String> besideTheOutput() throws IOException {
        try (Stream<Path> entries = Files.list(site.root())) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path onlyFolderStartingWith(String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(site.root())) {
            List<Path> found = entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertThat(found).as(prefix).hasSize(1);
            return found.get(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-written", "swap"})
    void killedWhileWritingTheNewBuildLeavesThePreviousOutputExactlyAsItWas(String point) throws Exception {
        try (PausedBuild build = PausedBuild.at(point, site.root())) {
            build.kill();
        }
        assertThat(MicroSite.hashTree(site.output())).isEqualTo(first);
        assertThat(onlyFolderStartingWith("output.tmp-")).isDirectory();

        MicroSite.Run next = site.build().succeeds();

        assertThat(next.err()).contains("note: removed what a build that was stopped had left beside " + site.output());
        assertThat(contents(site.output())).isEqualTo(secondContents());
        assertThat(besideTheOutput()).containsExactly("content", "output");
    }

    @Test
    void killedBetweenMovingTheOldOutputAsideAndTheNewInTheNextBuildPutsTheOldBackFirst() throws Exception {
        try (PausedBuild build = PausedBuild.at("old-moved-aside", site.root())) {
            build.kill();
        }
        assertThat(site.output()).doesNotExist();
        assertThat(MicroSite.hashTree(onlyFolderStartingWith("output.old-"))).as("the earlier output, complete").isEqualTo(first);

        // even a build that fails with problems puts the earlier output back before anything else
        site.tip("hong", "title: Hỏng\ndate: 2025-02-30", "x\n");
        MicroSite.Run failed = site.build().failsWithProblems();

        assertThat(failed.err()).contains("note: a build was stopped while it replaced " + site.output()
                + "; the complete earlier output was put back from output.old-");
        assertThat(MicroSite.hashTree(site.output())).isEqualTo(first);
        assertThat(besideTheOutput()).containsExactly("content", "output");
    }

    @ParameterizedTest
    @ValueSource(strings = {"new-in-place", "old-half-deleted"})
    void killedAfterTheNewOutputMovedInLeavesTheNewOutputComplete(String point) throws Exception {
        Map<String, String> second = secondContents();
        try (PausedBuild build = PausedBuild.at(point, site.root())) {
            build.kill();
        }
        assertThat(contents(site.output())).isEqualTo(second);

        MicroSite.Run next = site.build().succeeds();

        assertThat(next.out()).startsWith("Up to date");
        assertThat(next.err()).contains("note: removed what a build that was stopped had left");
        assertThat(contents(site.output())).isEqualTo(second);
        assertThat(besideTheOutput()).containsExactly("content", "output");
    }

    @Test
    void anotherBuildNeverTouchesTheFoldersOfABuildThatIsStillRunning() throws Exception {
        try (PausedBuild running = PausedBuild.at("file-written", site.root())) {
            Path staging = onlyFolderStartingWith("output.tmp-");
            Map<String, byte[]> stagingBefore = bytesOfTree(staging);

            MicroSite.Run second = site.build();

            assertThat(second.exit()).isEqualTo(Main.CANNOT_WRITE);
            second.hasNoStackTrace();
            assertThat(second.err()).contains("error: another Campaign Kit build is writing " + site.output() + " right now");
            // the running build's other threads may still add files and finish the ones they are writing (a file is
            // created, then filled); none may go, and none may change but by growing
            Map<String, byte[]> stagingAfter = bytesOfTree(staging);
            stagingBefore.forEach((path, before) -> {
                assertThat(stagingAfter).as("the running build's %s", path).containsKey(path);
                byte[] after = stagingAfter.get(path);
                assertThat(after.length).as(path).isGreaterThanOrEqualTo(before.length);
                assertThat(java.util.Arrays.copyOf(after, before.length)).as(path).isEqualTo(before);
            });
            assertThat(MicroSite.hashTree(site.output())).isEqualTo(first);
            running.kill();
        }
        site.build().succeeds();
        assertThat(besideTheOutput()).containsExactly("content", "output");
    }

    @Test
    void aBuildStoppedWithCtrlCRemovesItsStagingFolderAndLockAtOnce() throws Exception {
        try (PausedBuild build = PausedBuild.at("file-written", site.root())) {
            assertThat(onlyFolderStartingWith("output.tmp-")).isDirectory();
            assertThat(site.root().resolve("output.campaignkit-lock")).exists();
            build.stop();
        }
        assertThat(besideTheOutput()).containsExactly("content", "output");
        assertThat(MicroSite.hashTree(site.output())).isEqualTo(first);
        assertThat(contents(site.output())).isEqualTo(firstContents);
    }

    private static Map<String, byte[]> bytesOfTree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return out;
    }
}

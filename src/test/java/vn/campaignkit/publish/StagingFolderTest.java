package vn.campaignkit.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/** The staging folder: written beside the output, swapped in whole or discarded whole, never writing the previous output. */
class StagingFolderTest {
    @TempDir
    Path dir;

    @AfterEach
    void noFaults() {
        System.clearProperty(FaultPoints.PROPERTY);
        FaultPoints.reset();
    }

    private Path out() {
        return dir.resolve("output");
    }

    private void firstBuild(Map<String, String> files) {
        StagingFolder first = new StagingFolder(out());
        files.forEach((path, text) -> first.write(path, bytes(text)));
        first.writeManifest(Map.of());
        first.swapIn();
    }

    private StagingFolder secondBuild() {
        return new StagingFolder(out(), Optional.of(new ManifestReader(out())));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writingAPathTwiceNeverWritesIntoThePreviousOutput() throws IOException {
        firstBuild(Map.of("tips/x/index.html", "cũ"));

        StagingFolder second = secondBuild();
        second.write("tips/x/index.html", bytes("cũ"));
        second.write("tips/x/index.html", bytes("mới"));
        second.discard();

        assertThat(Files.readString(out().resolve("tips/x/index.html"))).isEqualTo("cũ");
    }

    @Test
    void aReusedFileOfThePreviousBuildIsLinkedAndRecordedWithItsSize() throws IOException {
        firstBuild(Map.of("frames/a.png", "ảnh cũ", "other.txt", "khác"));
        Path old = out().resolve("frames/a.png");

        StagingFolder second = secondBuild();
        second.copy("frames/a.png", old);
        // a file that is not the previous build's file at that path is copied, not linked
        second.copy("frames/b.png", out().resolve("other.txt"));
        assertThat(Files.isSameFile(second.folder().resolve("frames/a.png"), old)).isTrue();
        assertThat(Files.isSameFile(second.folder().resolve("frames/b.png"), out().resolve("other.txt"))).isFalse();
        assertThat(Files.readString(second.folder().resolve("frames/b.png"))).isEqualTo("khác");
        assertThat(second.unchangedFiles()).isEqualTo(1);
        second.writeManifest(Map.of());
        second.swapIn();

        assertThat(Files.readString(out().resolve("frames/a.png"))).isEqualTo("ảnh cũ");
        assertThat(new ManifestReader(out()).totalBytes()).isEqualTo(bytes("ảnh cũ").length + bytes("khác").length);
    }

    @Test
    void linksUnchangedFilesToThePreviousOutputAndWritesChangedOnesAnew() throws IOException {
        firstBuild(Map.of("a.html", "giống", "b.html", "khác"));
        Path oldA = out().resolve("a.html");
        Path oldB = out().resolve("b.html");
        FileTime timeOfA = Files.getLastModifiedTime(oldA);

        StagingFolder second = secondBuild();
        second.write("a.html", bytes("giống"));
        second.write("b.html", bytes("khác hẳn"));
        assertThat(Files.isSameFile(second.folder().resolve("a.html"), oldA)).isTrue();
        assertThat(Files.isSameFile(second.folder().resolve("b.html"), oldB)).isFalse();
        assertThat(second.unchangedFiles()).isEqualTo(1);
        assertThat(second.bytesWritten()).isEqualTo("khác hẳn".getBytes(StandardCharsets.UTF_8).length);
        second.writeManifest(Map.of());
        second.swapIn();

        assertThat(Files.getLastModifiedTime(out().resolve("a.html"))).isEqualTo(timeOfA);
        assertThat(Files.readString(out().resolve("b.html"))).isEqualTo("khác hẳn");
    }

    @Test
    void discardingWhileOtherThreadsStillWriteLeavesNoStagingFolder() throws Exception {
        // Ctrl+C: the shutdown hook discards while the build's threads are still writing
        for (int round = 0; round < 20; round++) {
            firstBuild(Map.of("cu.html", "cũ"));
            StagingFolder second = secondBuild();
            Path staging = second.folder();
            List<Thread> writers = Stream.of(1, 2, 3, 4).map(n -> new Thread(() -> {
                try {
                    for (int i = 0; ; i++) {
                        second.write("w" + n + "/d" + i % 7 + "/f" + i + ".html", new byte[4096]);
                    }
                } catch (IllegalStateException stopped) {
                    // the build was stopped: this thread ends, as a derive worker would
                }
            })).toList();
            writers.forEach(Thread::start);
            while (second.bytesWritten() < 200 * 4096) {
                Thread.onSpinWait();
            }
            second.discard();
            for (Thread w : writers) {
                w.join();
            }
            assertThat(staging).as("round %d", round).doesNotExist();
            assertThat(second.leftBehind()).isEmpty();
            assertThat(out().resolve("cu.html")).hasContent("cũ");
        }
    }

    @Test
    void swapInReplacesTheOutputAndLeavesNothingBeside() throws IOException {
        firstBuild(Map.of("cu.html", "cũ"));
        StagingFolder second = secondBuild();
        second.write("moi.html", bytes("mới"));
        second.writeManifest(Map.of());
        second.swapIn();
        second.discard();

        assertThat(out().resolve("cu.html")).doesNotExist();
        assertThat(out().resolve("moi.html")).hasContent("mới");
        assertThat(siblings()).containsExactly("output");
        assertThat(second.leftBehind()).isEmpty();
    }

    @Test
    void discardLeavesThePreviousOutputByteForByteAndNothingBeside() throws IOException {
        firstBuild(Map.of("a.html", "một", "sub/b.html", "hai"));
        Map<String, String> before = MicroSite.hashTree(out());

        StagingFolder second = secondBuild();
        second.write("a.html", bytes("một"));
        second.write("sub/b.html", bytes("đã đổi"));
        second.write("c.html", bytes("mới"));
        second.discard();

        assertThat(MicroSite.hashTree(out())).isEqualTo(before);
        assertThat(siblings()).containsExactly("output");
    }

    @Test
    void thePublishedFolderIsReadableLikeAnyFolderMadeThere() throws IOException {
        firstBuild(Map.of("index.html", "x"));
        Path made = Files.createDirectory(dir.resolve("made-by-mkdir"));
        assertThat(Files.getPosixFilePermissions(out())).isEqualTo(Files.getPosixFilePermissions(made));
    }

    @Test
    void refusesPathsThatLeaveTheOutputFolder() {
        StagingFolder staging = new StagingFolder(out());
        for (String path : List.of("../x.html", "a/../../x.html", "")) {
            assertThatThrownBy(() -> staging.write(path, bytes("x"))).as(path).isInstanceOf(IllegalArgumentException.class);
        }
        staging.discard();
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    @Test
    void aFullDiskIsCannotWriteWithThePathAndTheBytesWrittenSoFar() throws IOException {
        firstBuild(Map.of("a.html", "một"));
        Map<String, String> before = MicroSite.hashTree(out());
        System.setProperty(FaultPoints.PROPERTY, "write@2:no-space");

        StagingFolder second = secondBuild();
        second.write("b.html", bytes("12345"));
        assertThatThrownBy(() -> second.write("c.html", bytes("678")))
                .isInstanceOfSatisfying(CannotWriteOutputException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CannotWriteOutputException.Reason.NO_SPACE);
                    assertThat(e.detail()).isEqualTo("No space left on device");
                    assertThat(e.where()).isEqualTo(second.folder().resolve("c.html"));
                    assertThat(e.bytesWritten()).isEqualTo(5);
                });
        second.discard();

        assertThat(MicroSite.hashTree(out())).isEqualTo(before);
        assertThat(siblings()).containsExactly("output");
    }

    @Test
    void aFolderItMayNotWriteIsCannotWriteBeforeAnythingIsMade() throws IOException {
        System.setProperty(FaultPoints.PROPERTY, "create-staging:not-allowed");
        assertThatThrownBy(() -> new StagingFolder(out()))
                .isInstanceOfSatisfying(CannotWriteOutputException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CannotWriteOutputException.Reason.NOT_ALLOWED);
                    assertThat(e.where()).isEqualTo(dir);
                });
        assertThat(siblings()).isEmpty();
    }

    @Test
    void aSecondSwapIsRefused() {
        StagingFolder staging = new StagingFolder(out());
        staging.write("index.html", bytes("x"));
        staging.swapIn();
        assertThatThrownBy(staging::swapIn).isInstanceOf(IllegalStateException.class);
        assertThat(out().resolve("index.html")).hasContent("x");
    }

    @Test
    void anAbandonedBuildIsNeverSwappedInButAStartedSwapCannotBeAbandoned() throws IOException {
        StagingFolder stopped = new StagingFolder(out());
        stopped.write("index.html", bytes("x"));
        assertThat(stopped.abandon()).isTrue();
        assertThatThrownBy(() -> stopped.write("b.html", bytes("y"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(stopped::swapIn).isInstanceOf(IllegalStateException.class);
        stopped.discard();
        assertThat(siblings()).isEmpty();

        StagingFolder finished = new StagingFolder(out());
        finished.write("index.html", bytes("x"));
        finished.swapIn();
        assertThat(finished.abandon()).isFalse();
    }
}

package vn.campaignkit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What stopped builds left beside the output: the complete earlier output goes back, the rest goes, nothing else is touched. */
class LeftoverFoldersTest {
    @TempDir
    Path dir;

    private Path folder(String name, String file, String text) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(folder.resolve(file).getParent());
        Files.writeString(folder.resolve(file), text);
        return folder;
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private LeftoverFolders.Report putRight() {
        try (OutputLock lock = OutputLock.acquire(dir.resolve("output"))) {
            return LeftoverFolders.putRight(dir.resolve("output"), lock);
        }
    }

    @Test
    void putsTheEarlierOutputBackWhenABuildDiedBetweenTheTwoMoves() throws IOException {
        folder("output.old-8812345", "index.html", "bản cũ hoàn chỉnh");
        folder("output.old-8812345", StagingFolder.MANIFEST, "m");
        folder("output.tmp-99", "index.html", "bản mới chưa được nhận");

        LeftoverFolders.Report report = putRight();

        assertThat(dir.resolve("output/index.html")).hasContent("bản cũ hoàn chỉnh");
        assertThat(report.restoredFrom()).contains(dir.resolve("output.old-8812345"));
        assertThat(report.removed()).containsExactly(dir.resolve("output.tmp-99"));
        assertThat(entries()).containsExactly("output");
    }

    @Test
    void removesStagingAndEarlierOutputsWhenTheOutputIsInPlace() throws IOException {
        folder("output", "index.html", "bản mới");
        folder("output.old-1", "index.html", "bản cũ");
        folder("output.tmp-2", "a/b.html", "dở dang");
        folder("output.tmp-18446744073709551615", "c.html", "của phiên bản trước");

        LeftoverFolders.Report report = putRight();

        assertThat(report.restoredFrom()).isEmpty();
        assertThat(report.removed()).hasSize(3);
        assertThat(report.bytesRemoved()).isEqualTo("bản cũ".getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + "dở dang".getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + "của phiên bản trước".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(dir.resolve("output/index.html")).hasContent("bản mới");
        assertThat(entries()).containsExactly("output");
    }

    @Test
    void restoresTheNewestEarlierOutputWhenSeveralWereLeft() throws IOException {
        Path older = folder("output.old-5", StagingFolder.MANIFEST, "cũ");
        Path newer = folder("output.old-3", StagingFolder.MANIFEST, "mới hơn");
        Files.setLastModifiedTime(older.resolve(StagingFolder.MANIFEST), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(newer.resolve(StagingFolder.MANIFEST), java.nio.file.attribute.FileTime.fromMillis(2_000_000));

        putRight();

        assertThat(dir.resolve("output").resolve(StagingFolder.MANIFEST)).hasContent("mới hơn");
        assertThat(entries()).containsExactly("output");
    }

    @Test
    void neverTouchesFoldersAndFilesWithOtherNames() throws IOException {
        folder("output", "index.html", "x");
        List<String> theirs = List.of("output.tmp-sao-luu", "output.old", "output-old-1", "output.old-1a", "khac.tmp-1",
                "output.tmp-", "output.bak");
        for (String name : theirs) {
            folder(name, "giu-lai.txt", "của người dùng");
        }
        Files.writeString(dir.resolve("output.tmp-7"), "một tệp, không phải thư mục");

        LeftoverFolders.Report report = putRight();

        assertThat(report.isEmpty()).isTrue();
        for (String name : theirs) {
            assertThat(dir.resolve(name).resolve("giu-lai.txt")).hasContent("của người dùng");
        }
        assertThat(dir.resolve("output.tmp-7")).exists();
    }

    @Test
    void doesNothingWhenNothingWasLeft() throws IOException {
        assertThat(putRight().isEmpty()).isTrue();
        assertThat(entries()).isEmpty();
    }
}

package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves are UTF-8, NFC and LF; other forms wait for consent; the newest 20 earlier versions are kept; deletes go to the trash. */
class SiteFilesTest {
    @TempDir
    Path temp;
    Path root;
    SiteFiles files;

    @BeforeEach
    void site() throws IOException {
        root = temp.toRealPath();
        Files.createDirectories(root.resolve("content/tips"));
        files = new SiteFiles(root);
    }

    private EditablePath path(String relative) {
        return EditablePath.of(root, relative).orElseThrow();
    }

    private String version(String relative) throws IOException {
        return files.load(path(relative)).version();
    }

    @Test
    void savesDecomposedVietnameseAsPrecomposedWithLfLineEndings() throws IOException {
        String nfd = Normalizer.normalize("---\r\ntitle: Cảnh giác\r\n---\r\nĐừng tin.\r\n", Normalizer.Form.NFD);
        assertThat(files.saveText(path("content/tips/a.md"), nfd, FileVersion.ABSENT, false)).isInstanceOf(SiteFiles.Outcome.Done.class);
        assertThat(Files.readString(root.resolve("content/tips/a.md"), StandardCharsets.UTF_8)).isEqualTo("---\ntitle: Cảnh giác\n---\nĐừng tin.\n")
                .isEqualTo(Normalizer.normalize("---\ntitle: Cảnh giác\n---\nĐừng tin.\n", Normalizer.Form.NFC));
    }

    @Test
    void aFileInAnotherFormIsConvertedOnlyWithConsent() throws IOException {
        byte[] latin = "---\r\ntitle: Caf\u00e9\r\n---\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(root.resolve("content/tips/b.md"), latin);
        SiteFiles.Outcome refused = files.saveText(path("content/tips/b.md"), "---\ntitle: Café\n---\nMới.\n", version("content/tips/b.md"), false);
        assertThat(refused).isInstanceOf(SiteFiles.Outcome.NeedsConsent.class);
        assertThat(((SiteFiles.Outcome.NeedsConsent) refused).form().encoding()).isEqualTo("windows-1258");
        assertThat(((SiteFiles.Outcome.NeedsConsent) refused).form().crlf()).isTrue();
        assertThat(Files.readAllBytes(root.resolve("content/tips/b.md"))).isEqualTo(latin);
        assertThat(files.saveText(path("content/tips/b.md"), "---\ntitle: Café\n---\nMới.\n", version("content/tips/b.md"), true))
                .isInstanceOf(SiteFiles.Outcome.Done.class);
        assertThat(Files.readString(root.resolve("content/tips/b.md"))).isEqualTo("---\ntitle: Café\n---\nMới.\n");
        assertThat(files.history().list("content/tips/b.md")).hasSize(1);
        assertThat(files.history().read("content/tips/b.md", files.history().list("content/tips/b.md").get(0).id())).contains(latin);
    }

    @Test
    void keepsTheNewestTwentyEarlierVersions() throws IOException {
        String file = "content/tips/c.md";
        files.saveText(path(file), "bản 0\n", FileVersion.ABSENT, false);
        for (int i = 1; i <= 25; i++) {
            assertThat(files.saveText(path(file), "bản " + i + "\n", version(file), false)).isInstanceOf(SiteFiles.Outcome.Done.class);
        }
        var versions = files.history().list(file);
        assertThat(versions).hasSize(History.KEPT);
        assertThat(new String(files.history().read(file, versions.get(0).id()).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("bản 24\n");
        assertThat(new String(files.history().read(file, versions.get(19).id()).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("bản 5\n");
    }

    @Test
    void theSameTextSavedTwiceIsNoConflict() throws IOException {
        String file = "content/tips/d.md";
        files.saveText(path(file), "một\n", FileVersion.ABSENT, false);
        String base = version(file);
        assertThat(files.saveText(path(file), "hai\n", base, false)).isInstanceOf(SiteFiles.Outcome.Done.class);
        assertThat(files.saveText(path(file), "hai\n", base, false)).as("a double click").isInstanceOf(SiteFiles.Outcome.Done.class);
        assertThat(files.saveText(path(file), "ba\n", base, false)).isInstanceOf(SiteFiles.Outcome.Conflict.class);
        assertThat(Files.readString(root.resolve(file))).isEqualTo("hai\n");
    }

    @Test
    void aDeletedFileWaitsInTheTrashAndComesBackUnlessItsNameIsTakenAgain() throws IOException {
        String file = "content/tips/e.md";
        files.saveText(path(file), "nội dung\n", FileVersion.ABSENT, false);
        SiteFiles.Outcome deleted = files.delete(path(file), version(file));
        assertThat(root.resolve(file)).doesNotExist();
        Trash.Entry entry = files.trash().entry(((SiteFiles.Outcome.Done) deleted).version()).orElseThrow();
        assertThat(entry.path()).isEqualTo(file);
        Files.writeString(root.resolve(file), "tệp mới cùng tên\n");
        assertThat(files.untrash(entry)).isInstanceOf(SiteFiles.Outcome.Conflict.class);
        assertThat(Files.readString(root.resolve(file))).isEqualTo("tệp mới cùng tên\n");
        Files.delete(root.resolve(file));
        assertThat(files.untrash(entry)).isInstanceOf(SiteFiles.Outcome.Done.class);
        assertThat(Files.readString(root.resolve(file))).isEqualTo("nội dung\n");
        assertThat(files.trash().list()).isEmpty();
    }

    @Test
    void historyAndTrashStayOutOfTheBuild() throws IOException {
        String file = "content/tips/f.md";
        files.saveText(path(file), "---\ntitle: F\n---\n", FileVersion.ABSENT, false);
        files.saveText(path(file), "---\ntitle: F2\n---\n", version(file), false);
        files.delete(path(file), version(file));
        assertThat(root.resolve(".campaignkit/history/content/tips/f.md")).isDirectory();
        var scan = vn.campaignkit.pipeline.SourceScan.of(root);
        assertThat(scan.tree().content()).isEmpty();
        assertThat(scan.problems()).isEmpty();
    }
}

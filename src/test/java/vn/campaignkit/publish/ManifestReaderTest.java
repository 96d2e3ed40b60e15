package vn.campaignkit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previous build's manifest is trusted only when it is whole: a manifest cut short, damaged, edited or from an
 * older version never stops a build and never makes it reuse or skip anything.
 */
class ManifestReaderTest {
    private static final String INPUT = "f00dfeed";
    private static final byte[] PAGE = "<p>Trang</p>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] IMAGE = "PNG-bytes-of-a-frame".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path out;

    /** A real build's output: one page, one derived image, and the manifest the staging folder writes. */
    @BeforeEach
    void previousBuild() {
        out = dir.resolve("output");
        StagingFolder staging = new StagingFolder(out);
        staging.write("index.html", PAGE);
        staging.write("frames/khung.png", IMAGE);
        staging.writeManifest(Map.of("frames/khung.png", "fp-khung"), INPUT);
        staging.swapIn();
    }

    private Path manifest() {
        return out.resolve(StagingFolder.MANIFEST);
    }

    private static void assertTrustsNothing(ManifestReader reader) {
        assertThat(reader.upToDate(INPUT)).isFalse();
        assertThat(reader.reusable("frames/khung.png", "fp-khung")).isEmpty();
        assertThat(reader.identical("index.html", PAGE)).isEmpty();
        assertThat(reader.totalBytes()).isZero();
    }

    @Test
    void trustsTheManifestABuildWrote() {
        ManifestReader reader = new ManifestReader(out);
        assertThat(reader.upToDate(INPUT)).isTrue();
        assertThat(reader.upToDate("another input")).isFalse();
        assertThat(reader.reusable("frames/khung.png", "fp-khung")).contains(out.resolve("frames/khung.png"));
        assertThat(reader.reusable("frames/khung.png", "another fingerprint")).isEmpty();
        assertThat(reader.identical("index.html", PAGE)).contains(out.resolve("index.html"));
        assertThat(reader.identical("index.html", "<p>Khác</p>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(reader.totalBytes()).isEqualTo(PAGE.length + IMAGE.length);
    }

    @Test
    void aManifestCutShortAnywhereIsNotTrusted() throws IOException {
        byte[] whole = Files.readAllBytes(manifest());
        for (int length = 0; length < whole.length; length++) {
            Files.write(manifest(), Arrays.copyOf(whole, length));
            assertTrustsNothing(new ManifestReader(out));
        }
    }

    @Test
    void aManifestThatIsNotUtf8OrIsBinaryIsNotTrustedAndStopsNothing() throws IOException {
        byte[] whole = Files.readAllBytes(manifest());
        byte[] broken = whole.clone();
        broken[10] = (byte) 0xC3;
        broken[11] = (byte) 0x28;
        Files.write(manifest(), broken);
        assertTrustsNothing(new ManifestReader(out));

        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 131 + 7);
        }
        Files.write(manifest(), noise);
        assertTrustsNothing(new ManifestReader(out));
        assertThat(ManifestReader.isReplaceable(out)).as("still Campaign Kit's folder").isTrue();
    }

    @Test
    void aManifestEditedByHandIsNotTrusted() throws IOException {
        String text = Files.readString(manifest());
        Files.writeString(manifest(), text.replace("fp-khung", "fp-khac"));
        assertTrustsNothing(new ManifestReader(out));
        Files.writeString(manifest(), text.replace("\n", "\r\n"));
        assertTrustsNothing(new ManifestReader(out));
    }

    @Test
    void aManifestOfAnEarlierVersionWithoutItsSealIsNotTrusted() throws IOException {
        Files.writeString(manifest(), "# Campaign Kit build manifest: output path, input fingerprint\n"
                + "frames/khung.png\tfp-khung\n@input\t" + INPUT + "\n@file\tframes/khung.png\t" + IMAGE.length + "\n"
                + "@file\tindex.html\t" + PAGE.length + "\n");
        assertTrustsNothing(new ManifestReader(out));
    }

    @Test
    void aReusedFileMustStillHaveTheSizeTheBuildWrote() throws IOException {
        Files.write(out.resolve("frames/khung.png"), Arrays.copyOf(IMAGE, 5));
        ManifestReader reader = new ManifestReader(out);
        assertThat(reader.reusable("frames/khung.png", "fp-khung")).isEmpty();
        assertThat(reader.upToDate(INPUT)).isFalse();
    }

    @Test
    void neverReusesAFileOutsideTheOutputFolderOrBehindALink() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "bí mật");
        Files.delete(out.resolve("frames/khung.png"));
        Files.createSymbolicLink(out.resolve("frames/khung.png"), dir.resolve("secret.txt"));
        String above = "# manifest\n../secret.txt\tfp-secret\n@file\t../secret.txt\t9\n"
                + "frames/khung.png\tfp-khung\n@file\tframes/khung.png\t9\n";
        byte[] bytes = above.getBytes(StandardCharsets.UTF_8);
        Files.writeString(manifest(), above + StagingFolder.END_LINE + "\t" + StagingFolder.seal(bytes, bytes.length) + "\n");

        ManifestReader reader = new ManifestReader(out);
        assertThat(reader.reusable("../secret.txt", "fp-secret")).isEmpty();
        assertThat(reader.reusable("frames/khung.png", "fp-khung")).isEmpty();
        assertThat(reader.identical("../secret.txt", "bí mật".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aManifestThatIsAFolderIsNotTrusted() throws IOException {
        Files.delete(manifest());
        Files.createDirectory(manifest());
        assertTrustsNothing(new ManifestReader(out));
    }

    @Test
    void onlyAMissingOrEmptyFolderOrOneWithAManifestIsReplaceable() throws IOException {
        assertThat(ManifestReader.isReplaceable(dir.resolve("missing"))).isTrue();
        assertThat(ManifestReader.isReplaceable(Files.createDirectory(dir.resolve("empty")))).isTrue();
        assertThat(ManifestReader.isReplaceable(out)).isTrue();
        Path foreign = Files.createDirectory(dir.resolve("tai-lieu"));
        Files.writeString(foreign.resolve("bao-cao.docx"), "x");
        assertThat(ManifestReader.isReplaceable(foreign)).isFalse();
        assertThat(ManifestReader.isReplaceable(foreign.resolve("bao-cao.docx"))).isFalse();
    }

    @Test
    void aMissingManifestTrustsNothing() throws IOException {
        Files.delete(manifest());
        assertTrustsNothing(new ManifestReader(out));
        assertThat(new ManifestReader(dir.resolve("missing")).reusable("index.html", "x")).isEqualTo(Optional.empty());
    }
}

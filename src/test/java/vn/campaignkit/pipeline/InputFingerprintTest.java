package vn.campaignkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;

/**
 * The input fingerprint changes with anything a build's output depends on and with nothing else: a build may stop
 * early ("Up to date") only when it would write the same bytes.
 */
class InputFingerprintTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 20);

    @TempDir
    Path site;

    @BeforeEach
    void smallSite() throws IOException {
        write("site.yaml", "title: \"Không một mình\"\n");
        write("content/index.md", "---\ntitle: Trang chủ\n---\nGọi 111.\n");
        write("content/tips/a.md", "---\ntitle: Một\n---\nx\n");
        write("assets/img/a.svg", "<svg/>");
        write("templates/partials/note.ftlh", "<p>x</p>");
        write("data/schools.csv", "title,province\nTHCS A,Hà Nội\n");
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), text, StandardCharsets.UTF_8);
    }

    private BuildOptions options() {
        return BuildOptions.defaults(site, TODAY);
    }

    private String fingerprint(BuildOptions options) {
        return InputFingerprint.of(options).orElseThrow();
    }

    @Test
    void checksumsAreSizeAndBothCrcsOfTheBytes() {
        assertThat(InputFingerprint.contentHash(new byte[0])).isEqualTo("0:0");
        // the standard check values of CRC-32C (e3069283) and CRC-32 (cbf43926)
        assertThat(InputFingerprint.contentHash("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo("9:e3069283cbf43926");
    }

    @Test
    void theSameInputGivesTheSameFingerprint() {
        assertThat(fingerprint(options())).isEqualTo(fingerprint(options())).hasSize(64);
    }

    @Test
    void anyChangedByteOfAnyInputFolderChangesIt() throws IOException {
        String before = fingerprint(options());
        for (String path : new String[] {"site.yaml", "content/tips/a.md", "assets/img/a.svg", "templates/partials/note.ftlh",
            "data/schools.csv"}) {
            byte[] original = Files.readAllBytes(site.resolve(path));
            byte[] changed = original.clone();
            changed[changed.length - 1] ^= 1;
            Files.write(site.resolve(path), changed);
            assertThat(fingerprint(options())).as(path).isNotEqualTo(before);
            Files.write(site.resolve(path), original);
        }
        assertThat(fingerprint(options())).isEqualTo(before);
    }

    @Test
    void aRenamedAddedOrRemovedFileChangesIt() throws IOException {
        String before = fingerprint(options());
        Files.move(site.resolve("content/tips/a.md"), site.resolve("content/tips/b.md"));
        String renamed = fingerprint(options());
        assertThat(renamed).isNotEqualTo(before);
        write("content/tips/c.md", "---\ntitle: Ba\n---\nx\n");
        assertThat(fingerprint(options())).isNotEqualTo(renamed);
        Files.delete(site.resolve("content/tips/c.md"));
        assertThat(fingerprint(options())).isEqualTo(renamed);
    }

    @Test
    void everyOptionThatChangesOutputChangesItAndTheOthersDoNot() {
        BuildOptions base = options();
        String before = fingerprint(base);
        assertThat(fingerprint(BuildOptions.defaults(site, TODAY.plusDays(1)))).isNotEqualTo(before);
        assertThat(fingerprint(base.withPagesOnly(true))).isNotEqualTo(before);
        assertThat(fingerprint(new BuildOptions(site, base.output(), Optional.of("https://example.org/"), TODAY, false, false, 1)))
                .isNotEqualTo(before);
        assertThat(fingerprint(new BuildOptions(site, base.output(), Optional.empty(), TODAY, true, false, 1))).isNotEqualTo(before);
        assertThat(fingerprint(new BuildOptions(site, site.resolve("elsewhere"), Optional.empty(), TODAY, false, false, 7)))
                .as("output folder and thread count do not change the bytes").isEqualTo(before);
    }

    @Test
    void editorLeftoversThatTheBuildIgnoresDoNotChangeIt() throws IOException {
        String before = fingerprint(options());
        write("content/tips/.a.md.swp", "vim");
        write("content/tips/a.md~", "backup");
        write("content/tips/#a.md#", "emacs");
        write("ghi-chu.txt", "not part of the site");
        assertThat(fingerprint(options())).isEqualTo(before);
    }

    @Test
    void aSiteTheScanFindsWrongHasNoFingerprintSoTheBuildRunsAndReportsIt() throws IOException {
        Files.createSymbolicLink(site.resolve("content/tips/lien-ket.md"), site.resolve("content/tips/a.md"));
        assertThat(InputFingerprint.of(options())).isEmpty();
    }
}

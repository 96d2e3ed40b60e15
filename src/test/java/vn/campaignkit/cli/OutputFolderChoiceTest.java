package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaignkit.testsite.MicroSite;

/**
 * An output folder inside what the build reads is refused before anything is built (exit 2), however it is
 * written; the default SOURCE/output and any folder beside the input folders keep working, build after build.
 */
class OutputFolderChoiceTest {
    @TempDir
    Path dir;

    private MicroSite site() {
        return MicroSite.in(dir.resolve("site")).tip("a", "title: Một", "x\n").write("assets/img/ghi-chu.txt", "x");
    }

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/out", "content", "assets/out", "data/out", "templates/out", "content/../content/out",
        "content/out/", "./content/tips/out", "assets//x/../y", "content/tips"})
    void refusesAnOutputInsideAnInputFolder(String output) throws IOException {
        MicroSite site = site();
        List<String> before = files(dir);
        String folder = output.replace("./", "").replaceAll("/.*", "");

        MicroSite.Run run = site.build("--output", site.root() + "/" + output);

        assertThat(run.exit()).as(run.err()).isEqualTo(Main.USAGE);
        run.hasNoStackTrace();
        assertThat(run.err()).contains("is inside the site's " + folder + "/ folder")
                .contains("the next build would read its own output");
        assertThat(files(dir)).isEqualTo(before);
    }

    @Test
    void refusesAnInputFolderReachedThroughASymbolicLink() throws IOException {
        MicroSite site = site();
        Files.createSymbolicLink(dir.resolve("loi-tat"), site.root().resolve("content"));

        MicroSite.Run run = site.build("--output", dir.resolve("loi-tat/out").toString());

        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("is inside the site's content/ folder");
        assertThat(site.root().resolve("content/out")).doesNotExist();
    }

    @Test
    void refusesTheSiteFolderItselfAndAFolderAroundIt() {
        MicroSite site = site();
        MicroSite.Run itself = site.build("--output", site.root() + "/.");
        assertThat(itself.exit()).isEqualTo(Main.USAGE);
        assertThat(itself.err()).contains("is the site folder itself");
        MicroSite.Run around = site.build("--output", dir.toString());
        assertThat(around.exit()).isEqualTo(Main.USAGE);
        assertThat(around.err()).contains("contains the site folder");
    }

    @Test
    void refusesAFileAsTheOutput() {
        MicroSite site = site();
        MicroSite.Run run = site.build("--output", site.root().resolve("content/tips/a.md").toString());
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        MicroSite.Run file = site.write("ghi-chu.txt", "x").build("--output", site.root().resolve("ghi-chu.txt").toString());
        assertThat(file.exit()).isEqualTo(Main.USAGE);
        assertThat(file.err()).contains("is a file, not a folder");
    }

    @Test
    void theDefaultOutputAndAFolderBesideTheInputFoldersBuildAgainAndAgain() {
        MicroSite site = site();
        site.build().succeeds();
        site.build("--force").succeeds();
        assertThat(site.output().resolve("tips/a/index.html")).exists();
        String beside = site.root().resolve("public").toString();
        site.build("--output", beside).succeeds();
        site.build("--output", beside, "--force").succeeds();
        site.build("--output", site.root().resolve("content-ban-in").toString()).succeeds();
        site.build("--output", site.root().resolve("content-ban-in").toString(), "--force").succeeds();
    }
}

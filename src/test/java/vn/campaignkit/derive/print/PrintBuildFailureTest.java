package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.campaignkit.site.BuiltSite;

/** A preflight problem fails the whole build with exit 1 and names the file and line (micro site: sites/print-preflight). */
class PrintBuildFailureTest {
    private static final Path SITE = Path.of("src/test/resources/sites/print-preflight");

    @Test
    void textThatDoesNotFitFailsTheBuildNamingFileAndLine() throws IOException {
        Path source = copy(SITE);
        // the site has no assets/fonts: Be Vietnam Pro comes built into the jar
        BuiltSite.Result r = BuiltSite.build(source, source.resolve("output"), "--now", "2025-10-20");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("content/print/qua-dai.md:6:1: error: the body text does not fit on the print-shop PDF",
                        "content/print/qua-dai.md:6:1: error: the body text does not fit on the A4 bookmark sheet",
                        "content/print/qua-dai.md:6:1: error: the body text does not fit on the office A4 PDF")
                .doesNotContain("Exception");
        assertThat(source.resolve("output")).doesNotExist();
    }

    private static Path copy(Path from) throws IOException {
        Path to = Files.createTempDirectory("print-site");
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}

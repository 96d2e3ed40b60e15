package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output, whatever the output folder or the time zone. */
class ReproducibleBuildTest {

    @Test
    void rebuildingTheDefaultSiteGivesIdenticalBytes(@TempDir Path tmp) throws IOException {
        Path first = BuiltSite.output();
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            BuiltSite.Result r = BuiltSite.build(BuiltSite.root(), tmp.resolve("again"), "--now", BuiltSite.NOW,
                    "--base-url", BuiltSite.BASE_URL);
            assertThat(r.exit()).as(r.err()).isZero();
        } finally {
            TimeZone.setDefault(zone);
        }
        Path second = tmp.resolve("again");
        List<Path> a = BuiltSite.files(first, "");
        List<Path> b = BuiltSite.files(second, "");
        assertThat(b.stream().map(second::relativize).map(Path::toString).toList())
                .isEqualTo(a.stream().map(first::relativize).map(Path::toString).toList());
        for (Path file : a) {
            Path other = second.resolve(first.relativize(file).toString());
            assertThat(Files.mismatch(file, other)).as(first.relativize(file).toString()).isEqualTo(-1L);
        }
    }
}

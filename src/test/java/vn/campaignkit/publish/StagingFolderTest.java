package vn.campaignkit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingFolderTest {
    @TempDir
    Path dir;

    @Test
    void writingAPathTwiceNeverWritesIntoThePreviousOutput() throws IOException {
        Path out = dir.resolve("output");
        StagingFolder first = new StagingFolder(out);
        first.write("tips/x/index.html", "cũ".getBytes(StandardCharsets.UTF_8));
        first.writeManifest(Map.of());
        first.swapIn();

        StagingFolder second = new StagingFolder(out, Optional.of(new ManifestReader(out)));
        second.write("tips/x/index.html", "cũ".getBytes(StandardCharsets.UTF_8));
        second.write("tips/x/index.html", "mới".getBytes(StandardCharsets.UTF_8));
        second.discard();

        assertThat(Files.readString(out.resolve("tips/x/index.html"))).isEqualTo("cũ");
    }
}

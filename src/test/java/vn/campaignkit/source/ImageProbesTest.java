package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.derive.PreviousOutput;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.publish.DiscardingSink;
import vn.campaignkit.testsite.MicroSite;

/** Each distinct image is read and probed once, however many pages show it, until the file changes. */
class ImageProbesTest {
    @TempDir
    Path dir;

    @Test
    void probesAFileOnceUntilItsSizeOrTimeChanges() throws IOException {
        Path png = Files.write(dir.resolve("a.png"), ImageMetadataTest.png(ImageMetadataTest.testPicture()));
        ImageProbes probes = new ImageProbes();
        assertThat(probes.probe(png)).isEqualTo(new ImageProbe.Readable(ImageFormat.PNG, 48, 32));
        assertThat(probes.probe(png)).isEqualTo(new ImageProbe.Readable(ImageFormat.PNG, 48, 32));
        assertThat(probes.reads()).isEqualTo(1);

        Files.write(png, new byte[0]);
        Files.setLastModifiedTime(png, FileTime.fromMillis(Files.getLastModifiedTime(png).toMillis() + 2000));
        assertThat(probes.probe(png)).isInstanceOf(ImageProbe.Unreadable.class);
        assertThat(probes.reads()).isEqualTo(2);
    }

    @Test
    void aBuildWhereFortyPagesShowOnePhotoReadsItOnce() throws Exception {
        MicroSite site = MicroSite.in(dir.resolve("site"))
                .writeBytes("assets/images/chung.png", ImageMetadataTest.png(ImageMetadataTest.testPicture()));
        for (int i = 0; i < 40; i++) {
            site.tip("meo-" + i, "title: Mẹo " + i + "\nimage: /assets/images/chung.png\nimage_alt: Ảnh chung",
                    "![Ảnh chung](/assets/images/chung.png)\n");
        }
        BuildOptions options = new BuildOptions(site.root(), site.root().resolve("out"), Optional.empty(),
                LocalDate.of(2025, 10, 20), false, true, 2);
        Pipeline pipeline = Pipeline.standard(options);

        pipeline.run(options, new DiscardingSink(), PreviousOutput.NONE);

        assertThat(pipeline.imageProbes().reads()).isEqualTo(1);
    }
}

package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.source.ExifTool;
import vn.campaignkit.testsite.MicroSite;

/** The preview shows images as the build publishes them, and checks an image again when the editor saves it. */
class PreviewImagesTest {
    @TempDir
    Path dir;
    private DerivedFileCache cache;

    @org.junit.jupiter.api.BeforeEach
    void makeCache() throws IOException {
        cache = new DerivedFileCache();
    }

    @AfterEach
    void dropCache() throws IOException {
        cache.close();
    }

    @Test
    void servesPhotosWithoutGpsAndReportsAPhotoBrokenByALaterSaveAtThePageThatShowsIt() throws IOException {
        Path photo = dir.resolve("phone.jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        ExifTool.write(photo, "-GPSLatitude=21.0285", "-GPSLatitudeRef=N", "-Artist=Nguyễn Văn An", "-Orientation=6");
        byte[] original = Files.readAllBytes(photo);
        MicroSite site = MicroSite.in(dir.resolve("site")).writeBytes("assets/images/lop.jpg", original)
                .tip("a", "title: A", "Lớp em:\n\n![Lớp 7A](/assets/images/lop.jpg)\n");
        IncrementalSiteBuild build = new IncrementalSiteBuild(new BuildOptions(site.root(), site.root().resolve("never-written"),
                Optional.empty(), LocalDate.of(2025, 10, 20), false, true, 2), cache);

        SiteSnapshot first = ((BuildResult.Built) build.build(ChangeSet.all())).site();
        Path served = Files.write(dir.resolve("served.jpg"), first.file("assets/images/lop.jpg").orElseThrow());
        assertThat(ExifTool.tags(served)).doesNotContainKeys("GPS:GPSLatitude", "IFD0:Artist").containsEntry("IFD0:Orientation", "6");

        site.writeBytes("assets/images/lop.jpg", Arrays.copyOf(original, original.length - 200));
        BuildResult second = build.build(ChangeSet.of("assets/images/lop.jpg"));

        assertThat(second).isInstanceOfSatisfying(BuildResult.Failed.class, failed -> assertThat(failed.problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("content/tips/a.md");
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.message()).contains("assets/images/lop.jpg", "cut off");
                }));
    }
}

package vn.campaignkit.derive.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.derive.image.Fixtures;
import vn.campaignkit.derive.image.PngBytes;
import vn.campaignkit.model.Frame;
import vn.campaignkit.model.ModelBuilder;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.SiteConfigReader;
import vn.campaignkit.source.SourceScanner;
import vn.campaignkit.source.SourceTree;

class FrameSpecBuilderTest {
    @TempDir
    Path site;
    private final Problems problems = new Problems();

    private Optional<FrameSpec> build(String frontMatter) throws Exception {
        Files.createDirectories(site.resolve("content/frames"));
        Files.writeString(site.resolve("content/frames/khung.md"), "---\n" + frontMatter + "---\n", StandardCharsets.UTF_8);
        SourceTree tree = new SourceScanner().scan(site, problems);
        SiteConfig config = new SiteConfigReader().read(tree.siteYaml(), Optional.empty(), problems);
        Site model = new ModelBuilder().build(tree, config, BuildOptions.defaults(site, java.time.LocalDate.of(2025, 10, 20)), problems);
        assertThat(problems.sorted()).isEmpty();
        Frame frame = model.frames().get(0);
        return new FrameSpecBuilder(config, AssetCatalog.of(tree)).build(frame, problems);
    }

    private void asset(String path, byte[] bytes) throws Exception {
        Path file = site.resolve("assets").resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    @Test
    void fillsTextsFromTheSiteUpperCasedAndKeepsWhatTheFrameSays() throws Exception {
        FrameSpec spec = build("title: Khung\nstyle: sash\nband_text: Cùng nhau\ncolors:\n  accent: \"#ff0000\"\n").orElseThrow();
        FrameLook.Drawn look = (FrameLook.Drawn) spec.look();
        assertThat(look.bandText().orElseThrow().text()).isEqualTo("Cùng nhau");
        assertThat(look.bandText().orElseThrow().line()).isEqualTo(4);
        assertThat(look.topText().orElseThrow().text()).as("the built-in title, upper-cased").isEqualTo("CHIẾN DỊCH AN TOÀN TRỰC TUYẾN");
        assertThat(look.palette().accent().getRGB() & 0xffffff).isEqualTo(0xff0000);
        assertThat(spec.formats()).containsExactly(FrameFormat.MASTER, FrameFormat.SQUARE, FrameFormat.SMALL, FrameFormat.COVER,
                FrameFormat.STORY);
        assertThat(spec.caption()).isEqualTo("Chiến dịch an toàn trực tuyến");
    }

    @Test
    void readsTheBuiltInLogo() throws Exception {
        FrameSpec spec = build("title: Khung\nlogo: img/logo.svg\n").orElseThrow();
        assertThat(((FrameLook.Drawn) spec.look()).logo()).isPresent();
    }

    @Test
    void reportsAMissingLogoAtItsKey() throws Exception {
        assertThat(build("title: Khung\nlogo: img/khong-co.svg\n")).isEmpty();
        assertThat(problems.sorted().get(0).format()).startsWith("content/frames/khung.md:3:7: error: assets/img/khong-co.svg does not exist");
    }

    @Test
    void refusesAnOverlayWhoseCentreIsNotTransparent() throws Exception {
        java.awt.image.BufferedImage solid = new java.awt.image.BufferedImage(1080, 1080, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = solid.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 1080, 1080);
        g.dispose();
        asset("img/solid.png", PngBytes.encode(solid));
        assertThat(build("title: Khung\noverlay: img/solid.png\n")).isEmpty();
        assertThat(problems.sorted().get(0).message()).contains("centre is not transparent");
    }

    @Test
    void acceptsAnOverlayWithATransparentCentreInSquareSizesOnly() throws Exception {
        java.awt.image.BufferedImage ring = new FrameRenderer(Fixtures.faces())
                .image(FrameFixtures.spec(FrameFixtures.look(vn.campaignkit.model.FrameDesign.Style.RING)), FrameFormat.MASTER, Optional.empty());
        asset("img/ring.png", PngBytes.encode(ring));
        FrameSpec spec = build("title: Khung\noverlay: img/ring.png\n").orElseThrow();
        assertThat(spec.look()).isInstanceOf(FrameLook.Overlay.class);
        assertThat(spec.formats()).containsExactly(FrameFormat.MASTER, FrameFormat.SQUARE, FrameFormat.SMALL);
    }
}

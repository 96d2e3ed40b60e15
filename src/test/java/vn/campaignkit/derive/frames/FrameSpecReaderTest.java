package vn.campaignkit.derive.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.Fixtures;
import vn.campaignkit.derive.image.PngBytes;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.YamlNode;
import vn.campaignkit.source.YamlReader;

class FrameSpecReaderTest {
    private static final String PATH = "content/frames/khung.md";
    private final Problems problems = new Problems();

    @TempDir
    Path assets;

    private static FrameDefaults defaults() {
        DrawnText title = new DrawnText("Không một mình", "site.yaml", 1, 8, "title");
        DrawnText tagline = new DrawnText("Cùng nhau an toàn trực tuyến", "site.yaml", 2, 10, "tagline");
        return new FrameDefaults(Fixtures.palette(), title, tagline,
                List.of(new DrawnText("#khongmotminh", "site.yaml", 4, 5, "hashtags")),
                Optional.of(new DrawnText("111", "site.yaml", 8, 13, "hotlines")), "Không một mình #khongmotminh");
    }

    private Optional<FrameSpec> read(String yaml) {
        YamlNode.Mapping front = YamlReader.readMapping(PATH, yaml, 2, problems).orElseThrow();
        return FrameSpecReader.read(PATH, "khung", front, assets, defaults(), problems);
    }

    @Test
    void aTitleAloneGivesARingFrameWithTheSiteTextsUpperCased() {
        FrameSpec spec = read("title: Khung\n").orElseThrow();
        FrameLook.Drawn look = (FrameLook.Drawn) spec.look();
        assertThat(look.style()).isEqualTo(FrameStyle.RING);
        assertThat(look.topText().orElseThrow().text()).isEqualTo("KHÔNG MỘT MÌNH");
        assertThat(look.bottomText().orElseThrow().text()).isEqualTo("CÙNG NHAU AN TOÀN TRỰC TUYẾN");
        assertThat(look.hotline().orElseThrow().text()).isEqualTo("111");
        assertThat(spec.formats()).containsExactly(FrameFormat.values());
        assertThat(spec.caption()).isEqualTo("Không một mình #khongmotminh");
    }

    @Test
    void readsEveryDesignKey() {
        FrameSpec spec = read("""
                title: Khung trường
                style: band
                colors:
                  primary: "#c8102e"
                band_text: Trường em
                hashtags: false
                hotline: false
                per_school: true
                caption: Cùng nhau #khongmotminh
                formats: [square, story]
                """).orElseThrow();
        FrameLook.Drawn look = (FrameLook.Drawn) spec.look();
        assertThat(look.style()).isEqualTo(FrameStyle.BAND);
        assertThat(look.palette().primary().getRGB() & 0xffffff).isEqualTo(0xc8102e);
        assertThat(look.palette().accent()).isEqualTo(Fixtures.palette().accent());
        assertThat(look.bandText().orElseThrow().line()).isEqualTo(6);
        assertThat(look.hashtags()).isEmpty();
        assertThat(look.hotline()).isEmpty();
        assertThat(spec.perSchool()).isTrue();
        assertThat(spec.formats()).containsExactly(FrameFormat.MASTER, FrameFormat.SQUARE, FrameFormat.SMALL, FrameFormat.STORY);
    }

    @Test
    void rejectsAnUnknownKeyWithDidYouMean() {
        assertThat(read("title: K\nband_txt: X\n")).isEmpty();
        assertThat(problems.sorted().get(0).format())
                .isEqualTo("content/frames/khung.md:3:1: error: unknown key 'band_txt' in a frame (hint: did you mean 'band_text'?)");
    }

    @Test
    void rejectsBadStyleColourAndFormatAtTheirPositions() {
        assertThat(read("title: K\nstyle: circle\ncolors:\n  accent: orange\nformats: [square, poster]\n")).isEmpty();
        assertThat(problems.sorted()).extracting(p -> p.line() + ":" + p.col()).containsExactly("3:8", "5:11", "6:19");
        assertThat(problems.sorted().get(0).hint()).contains("ring, band or sash");
    }

    @Test
    void reportsAMissingLogoFile() {
        assertThat(read("title: K\nlogo: img/none.svg\n")).isEmpty();
        assertThat(problems.sorted().get(0).message()).contains("assets/img/none.svg does not exist");
    }

    @Test
    void readsAnSvgLogo() throws Exception {
        Files.copy(Path.of("assets/frames/campaign-mark.svg"), assets.resolve("mark.svg"));
        FrameSpec spec = read("title: K\nlogo: mark.svg\n").orElseThrow();
        assertThat(((FrameLook.Drawn) spec.look()).logo()).isPresent();
    }

    @Test
    void refusesAnOverlayWhoseCentreIsNotTransparent() throws Exception {
        java.awt.image.BufferedImage solid = new java.awt.image.BufferedImage(1080, 1080, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = solid.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 1080, 1080);
        g.dispose();
        Files.write(assets.resolve("solid.png"), PngBytes.encode(solid));
        assertThat(read("title: K\noverlay: solid.png\n")).isEmpty();
        assertThat(problems.sorted().get(0).message()).contains("centre is not transparent");
    }

    @Test
    void acceptsAnOverlayWithATransparentCentreInSquareSizesOnly() throws Exception {
        java.awt.image.BufferedImage ring = new FrameRenderer(Fixtures.faces())
                .image(FrameFixtures.spec(FrameFixtures.look(FrameStyle.RING)), FrameFormat.SQUARE, Optional.empty());
        Files.write(assets.resolve("ring.png"), PngBytes.encode(ring));
        FrameSpec spec = read("title: K\noverlay: ring.png\n").orElseThrow();
        assertThat(spec.look()).isInstanceOf(FrameLook.Overlay.class);
        assertThat(spec.formats()).containsExactly(FrameFormat.MASTER, FrameFormat.SQUARE, FrameFormat.SMALL);
        assertThat(read("title: K\noverlay: ring.png\nformats: [cover]\n")).isEmpty();
    }

    @Test
    void rejectsAPathLeavingTheAssetsFolder() {
        assertThat(read("title: K\nlogo: ../secret.svg\n")).isEmpty();
        assertThat(problems.sorted().get(0).message()).contains("must be a file path inside assets/");
    }
}

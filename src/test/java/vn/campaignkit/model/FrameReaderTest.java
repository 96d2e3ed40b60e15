package vn.campaignkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.YamlReader;

class FrameReaderTest {
    private static final String PATH = "content/frames/khung.md";
    private final Problems problems = new Problems();

    private Optional<FrameDesign> read(String yaml) {
        Fields f = new Fields(PATH, YamlReader.readMapping(PATH, yaml, 2, problems).orElseThrow(), problems);
        return FrameReader.read(f);
    }

    @Test
    void aTitleAloneGivesARingWithEveryTextFromTheSite() {
        FrameDesign d = read("title: Khung\n").orElseThrow();
        assertThat(d.style()).isEqualTo(FrameDesign.Style.RING);
        assertThat(d.topText()).isInstanceOf(FrameDesign.Text.SiteDefault.class);
        assertThat(d.hotline()).isInstanceOf(FrameDesign.Text.SiteDefault.class);
        assertThat(d.hashtags()).isTrue();
        assertThat(d.formats()).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void readsEveryDesignKeyWithPositions() {
        FrameDesign d = read("""
                title: Khung trường
                style: band
                colors:
                  primary: "#C8102E"
                band_text: Trường em
                hashtags: false
                hotline: false
                logo: img/logo.svg
                per_school: true
                caption: "Cùng nhau #khongmotminh"
                formats: [square, story]
                """).orElseThrow();
        assertThat(d.style()).isEqualTo(FrameDesign.Style.BAND);
        assertThat(d.colours()).containsEntry("primary", "#c8102e");
        assertThat(d.bandText()).isEqualTo(new FrameDesign.Text.Given("Trường em", 6, 12));
        assertThat(d.hashtags()).isFalse();
        assertThat(d.hotline()).isInstanceOf(FrameDesign.Text.Off.class);
        assertThat(d.logo()).contains(new FrameDesign.AssetRef("assets/img/logo.svg", 9, 7));
        assertThat(d.perSchool()).isTrue();
        assertThat(d.caption()).contains("Cùng nhau #khongmotminh");
        assertThat(d.formats()).containsExactly("square", "story");
    }

    @Test
    void reportsBadStyleColourAndFormatAtTheirPositions() {
        assertThat(read("title: K\nstyle: circle\ncolors:\n  accent: orange\n  gold: \"#ffcc00\"\nformats: [square, poster]\n")).isEmpty();
        assertThat(problems.sorted()).extracting(p -> p.line() + ":" + p.col() + " " + p.message()).containsExactly(
                "3:8 style \"circle\" is not a frame style",
                "5:11 colour \"orange\" is not a #rrggbb colour",
                "6:3 unknown colour 'gold'",
                "7:19 format \"poster\" is not known");
    }

    @Test
    void refusesAPathLeavingTheAssetsFolder() {
        assertThat(read("title: K\nlogo: ../secret.svg\n")).isEmpty();
        assertThat(problems.sorted().get(0).message()).contains("must be a file path inside assets/");
    }

    @Test
    void anOverlayFrameRejectsDesignKeysPerSchoolAndNonSquareFormats() {
        assertThat(read("title: K\noverlay: img/khung.png\nstyle: band\nper_school: true\nformats: [cover]\n")).isEmpty();
        assertThat(problems.sorted()).extracting(p -> p.line() + " " + p.message()).containsExactly(
                "4 'style' has no effect on an overlay frame",
                "5 per-school variants need a drawn frame, not an overlay image",
                "6 an overlay frame only comes in square sizes");
    }
}

package vn.campaignkit.derive.frames;

import vn.campaignkit.model.FrameDesign;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaignkit.derive.image.Fixtures.alpha;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaignkit.derive.image.Fixtures;

class FrameRendererTest {
    private final FrameRenderer renderer = new FrameRenderer(Fixtures.faces());

    /** Sizes as Facebook, Zalo and phones take them: 2160 master, 1080 and 720 squares, 1640×624 cover, 1080×1920 story. */
    private static final Map<FrameFormat, int[]> SIZES = Map.of(FrameFormat.MASTER, new int[] {2160, 2160},
            FrameFormat.SQUARE, new int[] {1080, 1080}, FrameFormat.SMALL, new int[] {720, 720},
            FrameFormat.COVER, new int[] {1640, 624}, FrameFormat.STORY, new int[] {1080, 1920});

    @ParameterizedTest
    @EnumSource(FrameDesign.Style.class)
    void everyFormatHasItsSizeAndATransparentCentre(FrameDesign.Style style) throws Exception {
        FrameSpec spec = FrameFixtures.spec(FrameFixtures.look(style));
        assertThat(SIZES).as("every format has its size written here").containsOnlyKeys(FrameFormat.values());
        for (FrameFormat format : FrameFormat.values()) {
            int width = SIZES.get(format)[0];
            int height = SIZES.get(format)[1];
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.png(spec, format, Optional.empty())));
            assertThat(image.getWidth()).as(format.name()).isEqualTo(width);
            assertThat(image.getHeight()).as(format.name()).isEqualTo(height);
            int cx = width / 2;
            int cy = height / 2;
            assertThat(alpha(image, cx, cy)).as(format + " centre").isZero();
            assertThat(alpha(image, cx - width / 8, cy - height / 8)).as(format + " off-centre").isZero();
            assertThat(alpha(image, 2, cy)).as(format + " left edge").isEqualTo(255);
            assertThat(alpha(image, cx, 2)).as(format + " top edge").isEqualTo(255);
        }
    }

    @ParameterizedTest
    @EnumSource(value = FrameFormat.class, names = {"MASTER", "SQUARE", "SMALL"})
    void ringFrameIsOpaquePrimaryOnTheRingAndAccentOnItsInnerEdge(FrameFormat format) {
        BufferedImage image = renderer.image(FrameFixtures.spec(FrameFixtures.look(FrameDesign.Style.RING)), format, Optional.empty());
        double k = format.width() / 1080.0;
        int c = format.width() / 2;
        // On the ring at 7 o'clock, between the texts: opaque blue.
        double angle = Math.toRadians(230);
        Color ring = new Color(image.getRGB((int) (c + 470 * k * Math.sin(angle)), (int) (c - 470 * k * Math.cos(angle))), true);
        assertThat(ring.getAlpha()).isEqualTo(255);
        assertThat(ring.getBlue()).isGreaterThan(ring.getRed() + 60);
        // The accent ring just outside the hole: opaque gold.
        Color accent = new Color(image.getRGB(c, (int) (c + 440 * k)), true);
        assertThat(accent.getAlpha()).isEqualTo(255);
        assertThat(accent.getRed()).isGreaterThan(200);
        assertThat(accent.getBlue()).isLessThan(80);
        // Just inside the hole: fully transparent.
        assertThat(alpha(image, c, (int) (c + 425 * k))).isZero();
        // The square's corner is the dark colour.
        assertThat(image.getRGB(3, 3) & 0xffffff).isEqualTo(0x0a2540);
    }

    @Test
    void topArcCarriesWhiteTextOnTheRing() {
        BufferedImage with = renderer.image(FrameFixtures.spec(FrameFixtures.look(FrameDesign.Style.RING)), FrameFormat.SQUARE, Optional.empty());
        int white = 0;
        for (int y = 20; y < 100; y++) {
            for (int x = 300; x < 780; x++) {
                Color c = new Color(with.getRGB(x, y));
                if (c.getRed() > 235 && c.getGreen() > 235 && c.getBlue() > 235) {
                    white++;
                }
            }
        }
        assertThat(white).isGreaterThan(3000);
    }

    @ParameterizedTest
    @EnumSource(FrameDesign.Style.class)
    void perSchoolVariantPutsTheSchoolNameOnTheFrame(FrameDesign.Style style) {
        FrameSpec spec = FrameFixtures.spec(FrameFixtures.look(style));
        BufferedImage base = renderer.image(spec, FrameFormat.SQUARE, Optional.empty());
        BufferedImage school = renderer.image(spec, FrameFormat.SQUARE, Optional.of(FrameFixtures.t("Trường THCS Nguyễn Trãi")));
        int differing = 0;
        for (int y = 540; y < 1080; y++) {
            for (int x = 0; x < 1080; x++) {
                if (base.getRGB(x, y) != school.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isGreaterThan(2000);
        assertThat(alpha(school, 540, 540)).isZero();
    }

    @Test
    void coverTextAndBadgesStayInsideTheMobileSafeZone() {
        BufferedImage with = renderer.image(FrameFixtures.spec(FrameFixtures.look(FrameDesign.Style.RING)), FrameFormat.COVER, Optional.empty());
        BufferedImage without = renderer.image(FrameFixtures.spec(FrameFixtures.withoutText(FrameDesign.Style.RING)), FrameFormat.COVER, Optional.empty());
        // Facebook shows a 1640×624 cover cropped to its centre 640×360 on phones.
        Rectangle2D zone = new Rectangle2D.Double(820 - 320, 312 - 180, 640, 360);
        int inside = 0;
        for (int y = 0; y < 624; y++) {
            for (int x = 0; x < 1640; x++) {
                if (with.getRGB(x, y) != without.getRGB(x, y)) {
                    assertThat(zone.contains(x, y)).as("text pixel at %d,%d", x, y).isTrue();
                    inside++;
                }
            }
        }
        assertThat(inside).isGreaterThan(5000);
    }

    @Test
    void overlayIsScaledToEverySquareSize() {
        BufferedImage overlay = new FrameRenderer(Fixtures.faces()).image(FrameFixtures.spec(FrameFixtures.look(FrameDesign.Style.BAND)),
                FrameFormat.MASTER, Optional.empty());
        FrameSpec spec = new FrameSpec("o", "content/frames/o.md", "O", new FrameLook.Overlay(overlay, "assets/o.png"), false, "",
                java.util.List.of(FrameFormat.MASTER, FrameFormat.SQUARE, FrameFormat.SMALL));
        BufferedImage small = renderer.image(spec, FrameFormat.SMALL, Optional.empty());
        assertThat(small.getWidth()).isEqualTo(720);
        assertThat(alpha(small, 360, 360)).isZero();
        assertThat(alpha(small, 360, 4)).isEqualTo(255);
    }
}

package vn.campaignkit.derive.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaignkit.derive.image.Canvas;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.Fixtures;
import vn.campaignkit.model.FrameDesign;

/**
 * A school's frame is a copy of the frame drawn once without words, with the school's name drawn on it: its
 * pixels must be those of drawing the whole frame in one go, whatever school was drawn before it.
 */
class SchoolFrameBaseTest {
    /** One line, two lines, and a name long enough to shrink the type to its smallest size. */
    private static final List<String> SCHOOLS = List.of("Trường THCS Lê Lợi",
            "Trường Tiểu học và Trung học cơ sở Nguyễn Bỉnh Khiêm",
            "Trường Phổ thông Dân tộc Nội trú Trung học cơ sở và Trung học phổ thông huyện Mường Nhé tỉnh Điện Biên");

    @ParameterizedTest
    @EnumSource(FrameDesign.Style.class)
    void aSchoolFrameHasThePixelsOfTheFrameDrawnInOneGo(FrameDesign.Style style) {
        FrameSpec spec = FrameFixtures.spec(FrameFixtures.look(style));
        FrameRenderer renderer = new FrameRenderer(Fixtures.faces());
        // the last school first, so every later school is drawn on a base that an earlier, different name went with
        for (String name : List.of(SCHOOLS.get(2), SCHOOLS.get(0), SCHOOLS.get(1), SCHOOLS.get(2))) {
            for (FrameFormat format : List.of(FrameFormat.SQUARE, FrameFormat.SMALL)) {
                Optional<DrawnText> school = Optional.of(FrameFixtures.t(name));
                BufferedImage cached = renderer.image(spec, format, school);
                BufferedImage whole = inOneGo((FrameLook.Drawn) spec.look(), style, format.width(), school);
                assertThat(differingPixels(cached, whole)).as("%s %s %s", style, format, name).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FrameDesign.Style.class)
    void theSchoolsNameIsOnItsFrameAndNoOtherName(FrameDesign.Style style) {
        FrameSpec spec = FrameFixtures.spec(FrameFixtures.look(style));
        FrameRenderer renderer = new FrameRenderer(Fixtures.faces());
        BufferedImage first = renderer.image(spec, FrameFormat.SQUARE, Optional.of(FrameFixtures.t(SCHOOLS.get(0))));
        BufferedImage second = renderer.image(spec, FrameFormat.SQUARE, Optional.of(FrameFixtures.t(SCHOOLS.get(1))));
        BufferedImage firstAgain = renderer.image(spec, FrameFormat.SQUARE, Optional.of(FrameFixtures.t(SCHOOLS.get(0))));
        assertThat(differingPixels(first, second)).isGreaterThan(2000);
        assertThat(differingPixels(first, firstAgain)).isZero();
    }

    /** One graphics context for everything, as a frame without a base to copy is drawn. */
    private static BufferedImage inOneGo(FrameLook.Drawn look, FrameDesign.Style style, int size, Optional<DrawnText> school) {
        BufferedImage image = Canvas.transparent(size, size);
        Graphics2D g = Canvas.graphics(image);
        try {
            switch (style) {
                case RING -> {
                    RingFrame.paintBase(g, Fixtures.faces(), look, size);
                    RingFrame.paintWords(g, Fixtures.faces(), look, school, size);
                }
                case BAND -> {
                    BandFrame.paintBase(g, Fixtures.faces(), look, size);
                    BandFrame.paintWords(g, Fixtures.faces(), look, school, size);
                }
                case SASH -> {
                    SashFrame.paintBase(g, Fixtures.faces(), look, size);
                    SashFrame.paintWords(g, Fixtures.faces(), look, school, size);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}

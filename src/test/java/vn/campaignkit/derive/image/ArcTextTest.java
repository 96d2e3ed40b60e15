package vn.campaignkit.derive.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ArcTextTest {

    private static BufferedImage drawOnArc(String text, boolean bottom) {
        BufferedImage image = Canvas.transparent(600, 600);
        Graphics2D g = Canvas.graphics(image);
        g.setPaint(Color.BLACK);
        Font font = Fixtures.faces().font(FontWeight.EXTRABOLD, 160);
        new ArcText(300, 300, 200, bottom ? 180 : 0, 0).draw(g, text, font, bottom);
        g.dispose();
        return image;
    }

    @Test
    void stackedDiacriticsStayAttachedAtTheTopOfTheArc() {
        // Ộ down its middle column: circumflex, top of the O, bottom of the O, dot below = 4 separate runs.
        assertThat(Fixtures.inkRuns(drawOnArc("Ộ", false), 300, 0, 300)).isEqualTo(4);
        assertThat(Fixtures.inkRuns(drawOnArc("O", false), 300, 0, 300)).isEqualTo(2);
    }

    @Test
    void stackedDiacriticsStayAttachedAtTheBottomOfTheArc() {
        assertThat(Fixtures.inkRuns(drawOnArc("Ộ", true), 300, 300, 600)).isEqualTo(4);
    }

    @Test
    void decomposedInputIsDrawnLikePrecomposed() {
        BufferedImage composed = drawOnArc("MỘT", false);
        BufferedImage decomposed = drawOnArc("MO\u0323\u0302T", false);
        int differing = 0;
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 600; x++) {
                if (composed.getRGB(x, y) != decomposed.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isZero();
    }

    @Test
    void longerTextSweepsMoreOfTheCircle() {
        Font font = Fixtures.faces().font(FontWeight.BOLD, 40);
        ArcText arc = new ArcText(0, 0, 400, 0, 4);
        assertThat(arc.sweepDegrees("KHÔNG MỘT MÌNH", font)).isLessThan(arc.sweepDegrees("KHÔNG MỘT MÌNH NỮA", font));
    }
}

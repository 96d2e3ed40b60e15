package vn.campaignkit.derive.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngBytesTest {

    private static BufferedImage drawing() {
        BufferedImage image = Canvas.transparent(400, 300);
        Graphics2D g = Canvas.graphics(image);
        g.setPaint(new Color(0x0b5cad));
        new ArcText(200, 200, 150, 0, 2).draw(g, "CÙNG NHAU AN TOÀN", Fixtures.faces().font(FontWeight.BOLD, 30), false);
        g.dispose();
        return image;
    }

    @Test
    void writesAReadablePngKeepingTransparency() throws Exception {
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngBytes.encode(drawing())));
        assertThat(back.getWidth()).isEqualTo(400);
        assertThat(back.getHeight()).isEqualTo(300);
        assertThat(back.getRGB(5, 5) >>> 24).isZero();
    }
}

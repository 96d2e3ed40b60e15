package vn.campaignkit.derive.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.campaignkit.derive.image.Fixtures;

class OpenGraphCardTest {
    private final OpenGraphCard card = new OpenGraphCard(Fixtures.faces());

    @Test
    void isAnOpaque1200By630Png() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.png(SocialFixtures.brand(), SocialFixtures.t("Mẹo nhanh"))));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(image.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void aLongTitleWrapsIntoSeveralLinesInsideTheTextColumn() {
        BufferedImage image = card.image(SocialFixtures.brand(),
                SocialFixtures.t("Cảnh giác với cuộc gọi video giả danh công an: không ai điều tra qua điện thoại cả"));
        int[] rowsWithWhite = new int[630];
        int lines = 0;
        boolean inside = false;
        for (int y = 150; y < 500; y++) {
            boolean white = false;
            for (int x = 70; x < 900 && !white; x++) {
                Color c = new Color(image.getRGB(x, y));
                white = c.getRed() > 240 && c.getGreen() > 240 && c.getBlue() > 240;
            }
            rowsWithWhite[y] = white ? 1 : 0;
            if (white && !inside) {
                lines++;
            }
            inside = white;
        }
        assertThat(lines).isBetween(2, 3);
        for (int y = 0; y < 630; y++) {
            for (int x = 960; x < 1200; x += 3) {
                Color c = new Color(image.getRGB(x, y));
                assertThat(c.getRed() > 240 && c.getGreen() > 240 && c.getBlue() > 240).as("white at %d,%d", x, y).isFalse();
            }
        }
    }
}

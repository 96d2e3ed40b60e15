package vn.campaignkit.derive.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitTest {
    private final Font font = Fixtures.faces().font(FontWeight.BOLD, 40);

    @Test
    void wrapsWithinTheWidthKeepingEveryWordInOrder() {
        String text = "Cảnh giác với cuộc gọi video giả danh công an: không ai điều tra qua điện thoại";
        List<String> lines = TextFit.wrap(text, font, 500);
        assertThat(lines.size()).isGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        for (String line : lines) {
            assertThat(TextShapes.advance(line, font)).isLessThanOrEqualTo(500);
        }
    }

    @Test
    void balancesLinesSoTheLastIsNotALonelyWord() {
        List<String> lines = TextFit.wrap("Không một mình trên không gian mạng", font, 620);
        assertThat(lines).hasSize(2);
        double first = TextShapes.advance(lines.get(0), font);
        double second = TextShapes.advance(lines.get(1), font);
        assertThat(Math.abs(first - second)).isLessThan(first * 0.5);
    }

    @Test
    void fitShrinksTheSizeUntilTheTextFitsTheLines() {
        TextFit.Block block = TextFit.fit("Trường Trung học phổ thông chuyên Lê Hồng Phong", Fixtures.faces(),
                FontWeight.EXTRABOLD, 80, 20, 600, 2);
        assertThat(block.lines()).hasSizeLessThanOrEqualTo(2);
        assertThat(block.font().getSize2D()).isLessThan(80f);
        assertThat(TextFit.widest(block.lines(), block.font())).isLessThanOrEqualTo(600);
    }
}

package vn.campaignkit.model.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaignkit.problem.Problems;

/** Printables accept paragraphs, lists and bold; everything paper cannot show is a problem at its line. */
class PrintMarkdownTest {

    @Test
    void readsParagraphsListsAndBold() {
        Problems problems = new Problems();
        List<PrintBlock> blocks = PrintMarkdown.parse("content/print/x.md", """
                Một **đoạn** văn
                trên hai dòng.

                - Gạch đầu dòng
                2. Số hai
                """, 10, 1, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).plainText()).isEqualTo("Một đoạn văn trên hai dòng.");
        assertThat(blocks.get(0).spans()).extracting(Span::bold).containsExactly(false, true, false);
        assertThat(blocks.get(1)).isInstanceOf(PrintBlock.Item.class);
        assertThat(((PrintBlock.Item) blocks.get(1)).marker()).isEqualTo("•");
        assertThat(((PrintBlock.Item) blocks.get(2)).marker()).isEqualTo("2.");
        assertThat(blocks.get(2).line()).isEqualTo(14);
    }

    @Test
    void rejectsHeadingsLinksItalicsAndUnclosedBold() {
        Problems problems = new Problems();
        PrintMarkdown.parse("content/print/x.md", """
                # Tiêu đề
                Xem [trang](https://a.vn)

                Chữ *nghiêng*

                Chữ **đậm chưa đóng

                Hashtag #khongmotminh vẫn được
                """, 5, 1, problems);
        assertThat(problems.sorted()).extracting(p -> p.line() + ":" + p.col() + ":" + p.message().substring(0, 12))
                .containsExactly("5:1:headings ('#", "6:5:links and im", "8:5:only **bold*", "10:5:'**' starts ");
    }
}

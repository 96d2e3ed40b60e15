package vn.campaignkit.testsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The edit helpers of site tests refuse to change nothing, or to guess which of several places was meant. */
class TextEditsTest {
    private static final String TEMPLATE = "<@base.layout>\n<article>\n  <h1>${page.title}</h1>\n</article>\n</@base.layout>\n";

    @Test
    void replacesTheOneOccurrence() {
        assertThat(TextEdits.replaceOnce(TEMPLATE, "</article>", "<p>Thêm</p></article>"))
                .isEqualTo("<@base.layout>\n<article>\n  <h1>${page.title}</h1>\n<p>Thêm</p></article>\n</@base.layout>\n");
    }

    @Test
    void failsWhenTheTextIsNotThere() {
        assertThatThrownBy(() -> TextEdits.replaceOnce(TEMPLATE, "</@base.page>", "x"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is not there: \"</@base.page>\"");
    }

    @Test
    void failsWhenTheTextIsThereTwice() {
        assertThatThrownBy(() -> TextEdits.replaceOnce(TEMPLATE, "article>", "x"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("more than once");
    }

    @Test
    void replacesTheOneMatchingLine() {
        String front = "---\ntitle: \"Cũ\"\ndate: 2025-10-01\n---\ntitle: trong bài\n";
        assertThat(TextEdits.replaceLineOnce(front, "date: .*", "date: 2025-11-30"))
                .isEqualTo("---\ntitle: \"Cũ\"\ndate: 2025-11-30\n---\ntitle: trong bài\n");
        assertThatThrownBy(() -> TextEdits.replaceLineOnce(front, "title: .*", "title: Mới"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("more than one line");
        assertThatThrownBy(() -> TextEdits.replaceLineOnce(front, "deadline: .*", "x"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no line matches");
    }
}

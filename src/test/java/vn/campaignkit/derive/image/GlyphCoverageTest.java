package vn.campaignkit.derive.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;

class GlyphCoverageTest {
    private final GlyphCoverage coverage = new GlyphCoverage(Fixtures.faces());

    @Test
    void acceptsEveryVietnameseLetterAndCommonPunctuation() {
        String all = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
                + "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬĐÊỀỂỄẾỆÔỒỔỖỐỘƠỜỞỠỚỢƯỪỬỮỨỰỲỶỸÝỴ 0123456789 #@&.,:;!?–—“”‘’…·/()";
        Problems problems = new Problems();
        assertThat(coverage.check(new DrawnText(all, "content/frames/a.md", 2, 1, "top_text"), problems)).isTrue();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsTheMissingCharacterWithFileLineAndCodePoint() {
        Problems problems = new Problems();
        boolean ok = coverage.check(new DrawnText("KHÔNG MỘT MÌNH ★", "content/frames/a.md", 4, 11, "top_text"), problems);
        assertThat(ok).isFalse();
        Problem problem = problems.sorted().get(0);
        assertThat(problem.format()).startsWith("content/frames/a.md:4:11: error: top_text: the character '★' (U+2605)");
        assertThat(problem.hint()).isNotEmpty();
    }

    @Test
    void reportsAnEmojiOutsideTheBasicPlane() {
        Problems problems = new Problems();
        coverage.check(new DrawnText("An toàn 😀", "site.yaml", 2, 8, "tagline"), problems);
        assertThat(problems.sorted().get(0).message()).contains("U+1F600");
    }
}

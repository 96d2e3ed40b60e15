package vn.campaignkit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void formatsPathLineColumnMessageAndHint() {
        assertThat(new Problem("content/contests/ve-tranh.md", 4, 11, "deadline \"31/02/2026\" is not a date", "use YYYY-MM-DD").format())
                .isEqualTo("content/contests/ve-tranh.md:4:11: error: deadline \"31/02/2026\" is not a date (hint: use YYYY-MM-DD)");
    }

    @Test
    void showsControlCharactersInsteadOfSendingThemToTheTerminal() {
        String line = new Problem("content/tips/a.md", 3, 7, "slug \"a\u0001b\u001b[2Jc\" contains a control character", "").format();
        assertThat(line).isEqualTo("content/tips/a.md:3:7: error: slug \"a\\x01b\\x1B[2Jc\" contains a control character");
        assertThat(line.chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void keepsOneLinePerProblem() {
        assertThat(new Problem("a.md", 1, 1, "two\nlines\twith tab", "").format()).doesNotContain("\n").contains("two\\nlines\\twith tab");
    }
}

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

    @Test
    void namesSpreadsheetCellsTheWaySpreadsheetsDo() {
        assertThat(Problem.inCell("data/schools.xlsx", "Sheet1", 14, 3, "this row has no title", "every school needs its name").format())
                .isEqualTo("data/schools.xlsx: Sheet1!C14: error: this row has no title (hint: every school needs its name)");
        assertThat(Problem.inCell("data/schools.xlsx", "Danh sách", 7, 28, "x", "").where()).isEqualTo("data/schools.xlsx: 'Danh sách'!AB7");
        assertThat(Problem.inCell("data/schools.xlsx", "Trường", 7, 0, "x", "").where()).isEqualTo("data/schools.xlsx: Trường, row 7");
        assertThat(Problem.inCell("data/schools.xlsx", "It's", 0, 0, "x", "").where()).isEqualTo("data/schools.xlsx: 'It''s'");
        assertThat(new Problem("data/schools.xlsx", 120, 1, "x", "").where()).as("only the row is known").isEqualTo("data/schools.xlsx: row 120");
        assertThat(new Problem("data/schools.xlsx", 0, 0, "x", "").format()).isEqualTo("data/schools.xlsx: error: x");
        assertThat(new Problem("data/schools.csv", 3, 2, "x", "").where()).isEqualTo("data/schools.csv:3:2");
    }

    @Test
    void columnLettersRunPastZ() {
        assertThat(Problem.columnLetters(1)).isEqualTo("A");
        assertThat(Problem.columnLetters(26)).isEqualTo("Z");
        assertThat(Problem.columnLetters(27)).isEqualTo("AA");
        assertThat(Problem.columnLetters(702)).isEqualTo("ZZ");
        assertThat(Problem.columnLetters(703)).isEqualTo("AAA");
    }
}

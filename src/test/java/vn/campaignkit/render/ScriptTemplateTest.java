package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.campaignkit.model.Language;
import vn.campaignkit.model.MessageFiles;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;

/** The marks of a script's texts become JavaScript strings and sums in each language's words (issue 15). */
class ScriptTemplateTest {
    private static final Language VI = Language.builtIn("vi");
    private static final Language EN = Language.of("en", "en/", MessageFiles.builtIn("en"), "");

    @Test
    void aMarkBecomesTheLanguagesText() {
        assertThat(render("text = \"«contest.closed»\";", VI)).isEqualTo("text = \"Đã kết thúc\";");
        assertThat(render("text = \"«contest.closed»\";", EN)).isEqualTo("text = \"Closed\";");
    }

    @Test
    void aTextWithPlacesBecomesASumOfItsPiecesAndTheScriptsExpressions() {
        String script = "text = left === 1 ? \"«contest.last_day»\" : \"«contest.open days: left»\";";
        assertThat(render(script, VI))
                .isEqualTo("text = left === 1 ? \"Đang nhận bài – hôm nay là ngày cuối\" : \"Đang nhận bài – còn \" + left + \" ngày\";");
        assertThat(render(script, EN))
                .isEqualTo("text = left === 1 ? \"Open for entries – today is the last day\" : \"Open for entries – \" + left + \" days left\";");
    }

    @Test
    void anExpressionWithOperatorsIsPutInParenthesesOnlyOnce() {
        assertThat(render("t = \"«campaign.running days: daysBetween(today, end) + 1, range: range»\";", VI))
                .isEqualTo("t = \"Còn \" + (daysBetween(today, end) + 1) + \" ngày cao điểm toàn quốc: \" + range;");
        assertThat(render("t = \"«campaign.running days: (d + 1), range: r.join(\", \")»\";", EN))
                .isEqualTo("t = \"Days left in the national campaign peak: \" + (d + 1) + \" (\" + r.join(\", \") + \")\";");
    }

    @Test
    void charactersAroundTheMarkStayInTheStringAndALineBreakAfterAnExpressionIsKept() {
        assertThat(render("(n ? \" «pledge.preview_for name: n»\" : \"\")", VI)).isEqualTo("(n ? \" của \" + n : \"\")");
        assertThat(render("(right ? \"«quiz.feedback_right» \" : \"x\")", EN)).isEqualTo("(right ? \"Correct! \" : \"x\")");
        assertThat(render("f = \"«quiz.feedback_key letters: letters.join(\", \")\n        »\";", VI))
                .isEqualTo("f = \"Đáp án đúng: \" + letters.join(\", \")\n        + \". Đọc giải thích dưới mỗi đáp án.\";");
    }

    @Test
    void aDateMarkWritesTheLanguagesDatePattern() {
        assertThat(render("return «date p»;", VI)).isEqualTo("return p[2] + \"/\" + p[1] + \"/\" + p[0];");
        assertThat(render("return «date p»;", EN)).isEqualTo("return Number(p[2]) + \" \" + [\"January\", \"February\", \"March\", "
                + "\"April\", \"May\", \"June\", \"July\", \"August\", \"September\", \"October\", \"November\", \"December\"][p[1] - 1]"
                + " + \" \" + p[0];");
        Language quoted = Language.of("en", "en/", MessageFiles.builtIn("en"), "d 'of' MMM uuuu");
        assertThat(render("return «date p»;", quoted)).contains("Number(p[2]) + \" of \" + [\"Jan\", \"Feb\"");
        // two numbers side by side would be added: the sum starts with a string
        Language numbers = Language.of("vi", "", MessageFiles.builtIn("vi"), "Md");
        assertThat(render("return «date p»;", numbers)).isEqualTo("return \"\" + Number(p[1]) + Number(p[2]);");
    }

    @Test
    void textsAreEscapedForAJavaScriptString() {
        assertThat(ScriptTemplate.escaped("say \"hi\" \\ now\nthen\u2028")).isEqualTo("say \\\"hi\\\" \\\\ now\\nthen\\u2028");
    }

    @Test
    void aScriptWithoutMarksIsNotATemplate() throws Exception {
        assertThat(ScriptTemplate.hasMarks(Files.readString(Path.of("assets/js/text-fold.js"), StandardCharsets.UTF_8))).isFalse();
        assertThat(ScriptTemplate.hasMarks("var q = \"«Bonjour»\";")).as("French quotes are not a mark").isFalse();
        assertThat(ScriptTemplate.hasMarks(Files.readString(Path.of("assets/js/site.js"), StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void anUnknownKeyIsAProblemNamingTheKeyAndTheMessageFile() {
        Problems problems = new Problems();
        ScriptTemplate.render("assets/js/my.js", "// texts\nvar a = \"«contest.clsed»\";\n", EN, problems);
        Problem p = problems.sorted().get(0);
        assertThat(p.where()).startsWith("assets/js/my.js:2:9");
        assertThat(p.message()).contains("contest.clsed", "\"en\"");
        assertThat(p.hint()).contains("templates/messages/en.yaml");
    }

    @Test
    void aPlaceTheScriptDoesNotFillAndAMarkOutsideAStringAreProblems() {
        Problems problems = new Problems();
        ScriptTemplate.render("assets/js/my.js", "a = \"«contest.open»\";\nb = «contest.closed»;\nc = \"«quiz.score score: s, 7»\";", VI, problems);
        assertThat(problems.sorted()).extracting(Problem::where, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("assets/js/my.js:1:5", "the text contest.open of language \"vi\" has the place {days}, "
                        + "which the script does not fill here"),
                org.assertj.core.groups.Tuple.tuple("assets/js/my.js:2:5", "the mark «contest.closed» is not inside a string of its own"),
                org.assertj.core.groups.Tuple.tuple("assets/js/my.js:3:5", "\"7\" does not say which place it fills"),
                org.assertj.core.groups.Tuple.tuple("assets/js/my.js:3:5", "the text quiz.score of language \"vi\" has the place {total}, "
                        + "which the script does not fill here"));
    }

    private static String render(String script, Language language) {
        Problems problems = new Problems();
        String out = ScriptTemplate.render("assets/js/x.js", script, language, problems);
        assertThat(problems.sorted()).isEmpty();
        return out;
    }
}

package vn.campaignkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.campaignkit.site.BuiltSite;

/** Authoring mistakes in quizzes and role-play scenarios are build problems with file, line and column. */
class PlayContentProblemsTest {

    private static BuiltSite.Result check(String site) {
        return BuiltSite.run("check", "--source", Path.of("src/test/resources/sites", site).toString());
    }

    @Test
    void choiceLeadingToAMissingSceneIsAnErrorAtItsTarget() {
        BuiltSite.Result r = check("scenario-missing-scene");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("content/scenarios/cuoc-goi.md:12:13: error: choice leads to scene \"goi-mee\", which does not exist"
                + " (hint: did you mean 'goi-me'?)");
    }

    @Test
    void sceneThatNoPathReachesIsAnErrorAtItsId() {
        BuiltSite.Result r = check("scenario-unreachable");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("content/scenarios/cuoc-goi.md:19:9: error: no path from the start reaches scene \"bi-bo-quen\"");
        assertThat(r.err()).contains("1 problem found");
    }

    @Test
    void storyWithoutAnEndingIsAnError() {
        BuiltSite.Result r = check("scenario-no-ending");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("content/scenarios/vong-lap.md:3:1: error: this story has no ending");
    }

    @Test
    void scenesFromWhichNoEndingCanBeReachedAreErrors() {
        BuiltSite.Result r = check("scenario-trap");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("content/scenarios/bay.md:11:9: error: from scene \"mot\" no ending can be reached")
                .contains("content/scenarios/bay.md:16:9: error: from scene \"hai\" no ending can be reached")
                .doesNotContain("\"bat-dau\"").doesNotContain("\"het\"");
    }

    @Test
    void quizMistakesAreReportedWhereTheyAreWritten() {
        BuiltSite.Result r = check("quiz-mistakes");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("content/quizzes/sai.md:6:7: error: no answer of this question is marked 'correct: true'")
                .contains("content/quizzes/sai.md:15:9: error: this answer has no 'why:'")
                .contains("content/quizzes/sai.md:17:5: error: a question needs at least two answers")
                .contains("3 problems found");
    }
}

package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;

class FieldsTest {
    private final Problems problems = new Problems();

    private Fields fields(String yaml) {
        return new Fields("content/contests/x.md", YamlReader.readMapping("content/contests/x.md", yaml, 2, problems).orElseThrow(), problems);
    }

    @Test
    void readsStrictDate() {
        assertThat(fields("deadline: 2025-11-30\n").date("deadline")).contains(LocalDate.of(2025, 11, 30));
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2025-13-01", "2025-1-5", "\"31/02/2026\"", "2025-02-29", "2025-00-10",
        "2025-12-32", "'2025-12-01 10:00'", "25-12-01", "2025/12/01", "ngày 1/12"})
    void refusesAnythingButAnExistingYyyyMmDdAtTheValue(String value) {
        assertThat(fields("title: x\ndeadline: " + value + "\n").date("deadline")).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.col()).isEqualTo(11);
            assertThat(p.hint()).contains("YYYY-MM-DD");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "yes", "Yes", "on", "ON", "\"true\""})
    void readsEveryYamlSpellingOfTrueAsTrue(String value) {
        assertThat(fields("draft: " + value + "\n").bool("draft")).contains(true);
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "no", "No", "off", "\"false\""})
    void readsEveryYamlSpellingOfFalseAsFalse(String value) {
        assertThat(fields("draft: " + value + "\n").bool("draft")).contains(false);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void refusesOtherWordsForTrueOrFalse() {
        assertThat(fields("title: x\ndraft: có\n").bool("draft")).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    void reportsMissingKeyAtTheGroupThatLacksIt() {
        Fields site = new Fields("site.yaml", YamlReader.readMapping("site.yaml",
                "title: X\nhotlines:\n  - number: \"111\"\n", 1, problems).orElseThrow(), problems);
        List<Fields> hotlines = site.groups("hotlines");
        assertThat(hotlines.get(0).requiredText("name")).isEmpty();
        Problem p = problems.sorted().get(0);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.col()).isEqualTo(5);
    }

    @Test
    void suggestsTheClosestKnownKey() {
        List<String> keys = List.of("title", "start", "deadline", "register_url", "tags", "summary");
        assertThat(DidYouMean.closest("titel", keys)).contains("title");
        assertThat(DidYouMean.closest("deadine", keys)).contains("deadline");
        assertThat(DidYouMean.closest("Title", keys)).contains("title");
        assertThat(DidYouMean.closest("registerurl", keys)).contains("register_url");
        assertThat(DidYouMean.closest("hoàn toàn khác", keys)).isEmpty();
    }

    @Test
    void rejectsUnknownKeysWithTheirPositionAndHint() {
        fields("title: x\ntitel: y\n").rejectUnknownKeys(List.of("title", "extra"), "a tip");
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.format()).isEqualTo("content/contests/x.md:3:1: error: unknown key 'titel' for a tip "
                    + "(hint: did you mean 'title'? Free values go under 'extra:')");
        });
    }

    @Test
    void keepsAnythingUnderExtraAsPlainValues() {
        assertThat(fields("extra:\n  a: [1, {b: c}]\n  d: ~\n").freeForm("extra"))
                .containsEntry("a", List.of("1", java.util.Map.of("b", "c"))).containsEntry("d", "");
        assertThat(problems.isEmpty()).isTrue();
    }
}

package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form changes only the lines of the keys it changed: comments, order, other keys and the body stay as written. */
class FrontMatterEditTest {
    private static final String TIP = """
            ---
            title: "Mẹo cũ"
            date: 2025-10-20
            # Dòng bắt đầu bằng # là ghi chú.
            # summary: "Một câu tóm tắt"
            # audience: [học sinh, phụ huynh]   # một hoặc nhiều: học sinh, phụ huynh, giáo viên
            weight: 50   # số lớn hơn đứng trước
            ---
            Nội dung **giữ nguyên**.
            ---
            Dòng --- trong nội dung.
            """;

    private static String edit(String text, Map<String, Object> changes) {
        return new FrontMatterEdit().apply("content/tips/meo.md", text, changes).orElseThrow();
    }

    private static Map<String, Object> change(Object... keysAndValues) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changes.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return changes;
    }

    @Test
    void rewritesOnlyTheChangedKey() {
        assertThat(edit(TIP, change("title", "Mẹo mới: đừng chuyển tiền"))).isEqualTo(TIP.replace("title: \"Mẹo cũ\"", "title: \"Mẹo mới: đừng chuyển tiền\""));
    }

    @Test
    void aNewKeyTakesItsCommentedOutPlaceAndKeepsTheHint() {
        String edited = edit(TIP, change("audience", List.of("phụ huynh", "giáo viên"), "summary", "Tóm tắt"));
        assertThat(edited).contains("# Dòng bắt đầu bằng # là ghi chú.\nsummary: Tóm tắt\n"
                + "audience: [phụ huynh, giáo viên]   # một hoặc nhiều: học sinh, phụ huynh, giáo viên\nweight: 50")
                .doesNotContain("# summary:").contains("# Dòng bắt đầu bằng # là ghi chú.");
        assertThat(edited.substring(edited.indexOf("---\nNội dung"))).isEqualTo(TIP.substring(TIP.indexOf("---\nNội dung")));
    }

    @Test
    void aKeyWithoutACommentedPlaceGoesLast() {
        assertThat(edit(TIP, change("category", "Nhận diện thủ đoạn")))
                .contains("weight: 50   # số lớn hơn đứng trước\ncategory: Nhận diện thủ đoạn\n---\nNội dung");
    }

    @Test
    void anEmptyValueRemovesTheKeyAndItsLinesOnly() {
        assertThat(edit(TIP, change("weight", ""))).isEqualTo(TIP.replace("weight: 50   # số lớn hơn đứng trước\n", ""));
        assertThat(edit(TIP, change("date", null))).isEqualTo(TIP.replace("date: 2025-10-20\n", ""));
    }

    @Test
    void datesAndNumbersOfTheSchemaAreWrittenAsSuch() {
        String edited = edit(TIP, change("date", "2025-11-30", "weight", "70"));
        assertThat(edited).contains("date: 2025-11-30\n").contains("weight: 70\n");
    }

    @Test
    void awkwardTextIsQuotedSoItReadsBackTheSame() {
        String edited = edit(TIP, change("title", "yes", "category", "#khongmotminh: a"));
        FrontMatterOutline outline = FrontMatterOutline.of("x.md", edited).orElseThrow();
        assertThat(outline.values()).containsEntry("title", "yes").containsEntry("category", "#khongmotminh: a");
    }

    @Test
    void aBlockValueIsReplacedWhole() {
        String text = "---\ntitle: T\ncaption: |\n  dòng 1\n  dòng 2\n# ghi chú sau\nslug: t\n---\n";
        assertThat(new FrontMatterEdit().apply("content/hashtags/t.md", text, change("caption", "một dòng")).orElseThrow())
                .isEqualTo("---\ntitle: T\ncaption: một dòng\n# ghi chú sau\nslug: t\n---\n");
    }

    @Test
    void structuredValuesAreWrittenAsBlocks() {
        String text = "---\ntitle: Câu đố\nquestions:\n  - question: Cũ?\n---\n";
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("text", "Có");
        answer.put("correct", true);
        answer.put("why", "Vì vậy.");
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("question", "Mới?");
        question.put("answers", List.of(answer, Map.of()));
        String edited = new FrontMatterEdit().apply("content/quizzes/q.md", text, change("questions", List.of(question))).orElseThrow();
        FrontMatterOutline outline = FrontMatterOutline.of("q.md", edited).orElseThrow();
        assertThat(outline.values().get("questions")).isEqualTo(List.of(Map.of("question", "Mới?", "answers",
                List.of(Map.of("text", "Có", "correct", true, "why", "Vì vậy."), Map.of()))));
        assertThat(outline.lines()).containsKeys("questions.0.answers.1", "questions.0.answers.0.why");
    }

    @Test
    void unreadableFrontMatterIsLeftForTheRawFile() {
        assertThat(new FrontMatterEdit().apply("x.md", "---\ntitle: \"không đóng\n---\n", change("title", "x"))).isEmpty();
        assertThat(new FrontMatterEdit().apply("x.md", "---\ntitle: x\n", change("title", "y"))).isEmpty();
        assertThat(new FrontMatterEdit().apply("x.md", "Chỉ có nội dung.\n", change("title", "y"))).isEmpty();
    }
}

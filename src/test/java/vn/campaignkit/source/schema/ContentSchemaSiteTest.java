package vn.campaignkit.source.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaignkit.model.FrameDesign;
import vn.campaignkit.model.Tip;
import vn.campaignkit.model.print.PrintFormat;
import vn.campaignkit.testsite.MicroSite;

/** The validator reads the schema the desk's forms read: required keys, allowed values and key sets agree. */
class ContentSchemaSiteTest {
    @TempDir
    Path dir;

    @Test
    void printFormatsAreTheSchemaFormats() {
        assertThat(Arrays.stream(PrintFormat.values()).map(PrintFormat::key).toList())
                .containsExactlyInAnyOrderElementsOf(ContentSchema.PRINTABLE.allowed("format"));
    }

    @Test
    void frameStylesAreTheSchemaStyles() {
        assertThat(Arrays.stream(FrameDesign.Style.values()).map(FrameDesign.Style::key).toList())
                .containsExactlyInAnyOrder("ring", "band", "sash")
                .containsExactlyInAnyOrderElementsOf(ContentSchema.FRAME.allowed("style"));
    }

    @Test
    void tipAudiencesComeFromTheSchema() {
        assertThat(Tip.AUDIENCES).containsExactly("học sinh", "phụ huynh", "giáo viên");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tip", "hashtag", "contest", "school", "post", "page", "frame", "printable"})
    void aFileWithOnlyTheRequiredKeysOfTheSchemaIsClean(String word) {
        KindSchema kind = ContentSchema.ofWord(word).orElseThrow();
        write(kind, requiredValues(kind, null)).check().succeeds();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tip", "hashtag", "contest", "school", "post", "page", "frame", "printable"})
    void leavingOutAnyRequiredKeyOfTheSchemaIsReported(String word) {
        KindSchema kind = ContentSchema.ofWord(word).orElseThrow();
        for (String key : kind.requiredKeys()) {
            MicroSite site = write(kind, requiredValues(kind, key));
            site.check().failsWithProblems().reports(file(kind) + ":", "'" + key + "' is required");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tip", "hashtag", "contest", "school", "post", "page", "frame", "printable", "quiz", "scenario"})
    void aKeyOutsideTheSchemaIsReported(String word) {
        KindSchema kind = ContentSchema.ofWord(word).orElseThrow();
        assertThat(kind.keys()).doesNotContain("tieu_de");
        Map<String, String> values = requiredValues(kind, null);
        values.put("tieu_de", "\"Sai\"");
        write(kind, values).check().failsWithProblems().reports(file(kind) + ":", "unknown key 'tieu_de'");
    }

    private static String file(KindSchema kind) {
        return kind.folder() + (kind == ContentSchema.SCHOOL ? "/ha-noi/thu.md" : "/thu.md");
    }

    private MicroSite write(KindSchema kind, Map<String, String> values) {
        StringBuilder text = new StringBuilder("---\n");
        values.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
        text.append("---\nNội dung.\n");
        return MicroSite.in(dir).write(file(kind), text.toString().replace("\nNội dung.\n", kind == ContentSchema.PRINTABLE ? "\n" : "\nNội dung.\n"));
    }

    /** A value of the right type for every required key, except {@code without}. */
    private static Map<String, String> requiredValues(KindSchema kind, String without) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldSpec field : kind.fields()) {
            if (!field.required() || field.key().equals(without)) {
                continue;
            }
            if (field.type() == FieldType.GROUP_LIST) {
                continue; // questions and scenes are checked by the quiz and scenario tests
            }
            values.put(field.key(), switch (field.type()) {
                case DATE -> field.key().equals("deadline") ? "2025-11-30" : "2025-10-06";
                case HASHTAG -> "\"#thuthoi\"";
                case CHOICE -> field.allowed().get(0);
                default -> "\"Chữ thử\"";
            });
        }
        return values;
    }

    @Test
    void structuredKindsNameTheirItemKeys() {
        assertThat(ContentSchema.QUESTIONS.itemKeys()).containsExactlyInAnyOrder("question", "multiple", "answers");
        assertThat(ContentSchema.SCENES.itemKeys()).containsExactlyInAnyOrder("id", "heading", "text", "choices", "ending", "lesson");
        assertThat(List.copyOf(ContentSchema.SCENES.itemOf("ending").allowed())).containsExactly("safe", "unsafe");
    }
}

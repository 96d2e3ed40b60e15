package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
    private static final String AWKWARD = "Gọi \"111\" \\ <b>\n\t\r\b\f\u0001\u2028\u2029 😀 a/b";

    @Test
    void scriptJsonKeepsVietnameseAndEscapesLineSeparatorsAndControlsInLowerCase() {
        String json = JsonWriter.forScript().array().value(AWKWARD).end().text();
        assertThat(json).isEqualTo("[\"Gọi \\\"111\\\" \\\\ <b>\\n\\t\\r\\u0008\\u000c\\u0001\\u2028\\u2029 😀 a/b\"]");
    }

    @Test
    void htmlSafeJsonAlsoEscapesLessThan() {
        String json = JsonWriter.escapingLessThan().object().name("text").value("</script><!--").end().text();
        assertThat(json).isEqualTo("{\"text\":\"\\u003c/script>\\u003c!--\"}");
    }

    @Test
    void writesNumbersBooleansNullsAndNestedShapes() {
        String json = JsonWriter.forScript().object().name("version").value(3L).name("ok").value(false)
                .name("changed").nullValue().name("lines").array().object().name("n").value(7).end().end().end().text();
        assertThat(json).isEqualTo("{\"version\":3,\"ok\":false,\"changed\":null,\"lines\":[{\"n\":7}]}");
    }
}

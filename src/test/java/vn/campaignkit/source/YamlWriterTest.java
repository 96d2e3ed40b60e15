package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaignkit.problem.Problems;

class YamlWriterTest {
    private final Problems problems = new Problems();

    /** Reads written front matter back with the site's own strict reader; it must read without a problem. */
    private YamlNode.Mapping readBack(String yaml) {
        YamlNode.Mapping mapping = YamlReader.readMapping("x.md", yaml, 2, problems).orElseThrow(() -> new AssertionError(yaml + problems.sorted()));
        assertThat(problems.sorted()).as(yaml).isEmpty();
        return mapping;
    }

    private YamlNode.Scalar textBack(String value) {
        String yaml = YamlWriter.entry("summary", value);
        YamlNode node = readBack(yaml).get("summary").orElseThrow();
        assertThat(node).as(yaml).isInstanceOf(YamlNode.Scalar.class);
        return (YamlNode.Scalar) node;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "hai\ndòng", "ba\n\ndòng\n", "\nđầu dòng trống", "dòng cuối có dấu cách \nvà tiếp", "Mẹo \"nhỏ\"", "it's", "'đơn'",
        "#khongmotminh", "Gọi 111 # miễn phí", "Hỏi: đáp", "a:b", "key: value: more", "- không phải danh sách", "-", "--- ba gạch",
        "yes", "no", "on", "off", "Yes", "NO", "true", "False", "null", "~", "y", "n", "2025-10-20", "2025-10-20 08:00",
        "0912", "0912345678", "1e3", "1_000", "0x1F", "0o17", "3.14", ".5", "+1", "-1", ".inf", ".NaN", "12:30", "111",
        "Cùng nhau 😀 an toàn", "👍", " dấu cách đầu", "dấu cách cuối ", "  ", "", "@campaign", "`mã`", "*đậm*", "&neo",
        "!quan trọng", "%25", "{ngoặc}", "[ngoặc]", "a, b", "ngoặc]", "|", ">", "?", "\\ gạch ngược \\n", "tab\tgiữa",
        "dòng\r\nCRLF", "\u2028phân dòng", "<script>", "https://khongmotminh.vn/a?b=c#d", "50%", "12–18 tuổi"})
    void keepsAwkwardTextExactly(String value) {
        assertThat(textBack(value)).satisfies(scalar -> {
            assertThat(scalar.text()).isEqualTo(value);
            assertThat(scalar.type()).isEqualTo(YamlNode.ScalarType.STRING);
        });
    }

    /** The writer keeps even a control character (as an escape); the reader then reports it, since no page may carry one. */
    @Test
    void aControlCharacterIsWrittenAsAnEscapeThatTheReaderReports() {
        String yaml = YamlWriter.entry("summary", "\u0007chuông");
        assertThat(yaml).doesNotContain("\u0007");
        assertThat(YamlReader.readMapping("x.md", yaml, 2, problems).orElseThrow().get("summary").orElseThrow())
                .isInstanceOfSatisfying(YamlNode.Scalar.class, scalar -> assertThat(scalar.text()).isEqualTo("\u0007chuông"));
        assertThat(problems.sorted()).singleElement()
                .satisfies(p -> assertThat(p.format()).startsWith("x.md:2:10: error: the value contains the invisible control character U+0007"));
    }

    @Test
    void textsThatLookLikeOtherValuesStayTexts() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("draft", "yes");
        keys.put("weight", "0912");
        keys.put("summary", "2025-10-20");
        Fields fields = new Fields("x.md", readBack(YamlWriter.mapping(keys)), problems);
        assertThat(fields.text("draft")).contains("yes");
        assertThat(fields.text("weight")).contains("0912");
        assertThat(fields.text("summary")).contains("2025-10-20");
        assertThat(YamlWriter.mapping(keys)).isEqualTo("draft: \"yes\"\nweight: \"0912\"\nsummary: \"2025-10-20\"\n");
        assertThat(YamlWriter.scalar("1e3")).isEqualTo("\"1e3\"");
        assertThat(YamlWriter.scalar("111")).isEqualTo("\"111\"");
        assertThat(YamlWriter.scalar(111)).isEqualTo("111");
    }

    @Test
    void typedValuesReadBackAsTheSameValues() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("title", "Cảnh giác với lời mời việc nhẹ lương cao");
        keys.put("date", LocalDate.of(2025, 10, 20));
        keys.put("draft", true);
        keys.put("featured", false);
        keys.put("weight", 50);
        keys.put("views", 3_000_000_000L);
        keys.put("tags", List.of("khongmotminh", "an toàn trực tuyến"));
        keys.put("audience", List.of("học sinh", "phụ huynh: 18+"));
        keys.put("categories", List.of("Vẽ tranh", "Viết, kể chuyện"));
        String yaml = YamlWriter.mapping(keys);
        Fields fields = new Fields("x.md", readBack(yaml), problems);
        assertThat(fields.text("title")).contains("Cảnh giác với lời mời việc nhẹ lương cao");
        assertThat(fields.date("date")).contains(LocalDate.of(2025, 10, 20));
        assertThat(fields.bool("draft")).contains(true);
        assertThat(fields.bool("featured")).contains(false);
        assertThat(fields.integer("weight", 0, 100)).hasValue(50);
        assertThat(((YamlNode.Scalar) readBack(yaml).get("views").orElseThrow()).text()).isEqualTo("3000000000");
        assertThat(fields.texts("tags")).containsExactly("khongmotminh", "an toàn trực tuyến");
        assertThat(fields.texts("audience")).containsExactly("học sinh", "phụ huynh: 18+");
        assertThat(fields.texts("categories")).containsExactly("Vẽ tranh", "Viết, kể chuyện");
        assertThat(problems.sorted()).isEmpty();
        assertThat(yaml).isEqualTo("""
                title: Cảnh giác với lời mời việc nhẹ lương cao
                date: 2025-10-20
                draft: true
                featured: false
                weight: 50
                views: 3000000000
                tags: [khongmotminh, an toàn trực tuyến]
                audience:
                  - học sinh
                  - "phụ huynh: 18+"
                categories:
                  - Vẽ tranh
                  - Viết, kể chuyện
                """);
    }

    @Test
    void aRealDateIsPlainWhileADateLookingTextIsQuoted() {
        assertThat(YamlWriter.scalar(LocalDate.of(2026, 2, 28))).isEqualTo("2026-02-28");
        assertThat(YamlWriter.scalar("2026-02-28")).isEqualTo("\"2026-02-28\"");
    }

    @Test
    void keepsVietnameseAndEmojiAsUtf8AndEscapesOnlyWhatYamlNeeds() {
        assertThat(YamlWriter.scalar("Không một mình 😀")).isEqualTo("Không một mình 😀");
        assertThat(YamlWriter.scalar("😀 #khongmotminh")).isEqualTo("\"😀 #khongmotminh\"");
        assertThat(YamlWriter.scalar("Không một mình")).isEqualTo("Không một mình");
        assertThat(YamlWriter.scalar("hai\ndòng \"trích\"")).isEqualTo("\"hai\\ndòng \\\"trích\\\"\"");
        assertThat(YamlWriter.insideDoubleQuotes("Gọi \"111\"\nngay")).isEqualTo("Gọi \\\"111\\\"\\nngay");
        assertThat(YamlWriter.mapping(Map.of("summary", "Dòng một\nDòng hai"))).isEqualTo("summary: |-\n  Dòng một\n  Dòng hai\n");
    }

    @Test
    void normalisesDecomposedInputToNfc() {
        String nfd = Normalizer.normalize("Tiếng Việt có dấu", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Tiếng Việt có dấu");
        String yaml = YamlWriter.entry("title", nfd);
        assertThat(yaml).isEqualTo("title: Tiếng Việt có dấu\n");
        assertThat(Normalizer.isNormalized(yaml, Normalizer.Form.NFC)).isTrue();
        assertThat(YamlWriter.mapping(Map.of(nfd, "x"))).startsWith("Tiếng Việt có dấu:");
    }

    @Test
    void writesQuizQuestionsAsIndentedBlocksThatReadBack() {
        Map<String, Object> right = new LinkedHashMap<>();
        right.put("text", "Báo cho người lớn: bố, mẹ, thầy cô");
        right.put("correct", true);
        right.put("why", "Người lớn giúp bạn\nchặn và báo cáo.");
        Map<String, Object> wrong = new LinkedHashMap<>();
        wrong.put("text", "no");
        wrong.put("why", "Im lặng # không giúp gì");
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("question", "Có người lạ nhắn tin đe doạ, bạn làm gì?");
        question.put("answers", List.of(right, wrong));
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("title", "Thử sức");
        keys.put("questions", List.of(question));
        String yaml = YamlWriter.mapping(keys);
        assertThat(yaml).isEqualTo("""
                title: Thử sức
                questions:
                  - question: Có người lạ nhắn tin đe doạ, bạn làm gì?
                    answers:
                      - text: "Báo cho người lớn: bố, mẹ, thầy cô"
                        correct: true
                        why: |-
                          Người lớn giúp bạn
                          chặn và báo cáo.
                      - text: "no"
                        why: "Im lặng # không giúp gì"
                """);
        Fields fields = new Fields("x.md", readBack(yaml), problems);
        Fields first = fields.groups("questions").get(0);
        assertThat(first.text("question")).contains("Có người lạ nhắn tin đe doạ, bạn làm gì?");
        List<Fields> answers = first.groups("answers");
        assertThat(answers.get(0).bool("correct")).contains(true);
        assertThat(answers.get(0).text("why")).contains("Người lớn giúp bạn\nchặn và báo cáo.");
        assertThat(answers.get(1).text("text")).contains("no");
        assertThat(answers.get(1).text("why")).contains("Im lặng # không giúp gì");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void anEmptyTextStaysAnEmptyTextNotAMissingValue() {
        assertThat(YamlWriter.entry("province", "")).isEqualTo("province: \"\"\n");
        assertThat(textBack("").type()).isEqualTo(YamlNode.ScalarType.STRING);
    }

    @Test
    void refusesValuesThatFrontMatterCannotHold() {
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("summary", null);
        assertThatThrownBy(() -> YamlWriter.mapping(withNull)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> YamlWriter.entry("weight", 1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Double");
        assertThatThrownBy(() -> YamlWriter.scalar(List.of("a"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(YamlWriter.mapping(Map.of())).isEmpty();
    }
}

package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;

class YamlReaderTest {
    private final Problems problems = new Problems();

    /** Front matter starts on line 2 of a content file. */
    private Optional<YamlNode.Mapping> read(String yaml) {
        return YamlReader.readMapping("content/tips/x.md", yaml, 2, problems);
    }

    private List<Problem> found() {
        return problems.sorted();
    }

    @Test
    void readsPlainMappingWithFileLines() {
        Optional<YamlNode.Mapping> map = read("title: Mẹo\nsummary: Ngắn\n");
        assertThat(map).isPresent();
        assertThat(map.get().entry("summary").orElseThrow().line()).isEqualTo(3);
        assertThat(found()).isEmpty();
    }

    @Test
    void refusesAliases() {
        assertThat(read("title: &t Mẹo\nsummary: *t\n")).isEmpty();
        assertThat(found()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.col()).isEqualTo(10);
            assertThat(p.message()).contains("alias");
        });
    }

    @Test
    void finishesBillionLaughsFastWithOneProblem() {
        StringBuilder yaml = new StringBuilder("title: x\nextra:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append("  ").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(read(yaml.toString())).isEmpty());
        assertThat(found()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("alias");
            assertThat(p.line()).isEqualTo(5);
        });
    }

    @Test
    void refusesDuplicateKeysNamingBothLines() {
        assertThat(read("title: Một\nsummary: s\ntitle: Hai\n")).isEmpty();
        assertThat(found()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("'title'").contains("line 2");
        });
    }

    @Test
    void refusesDuplicateKeysThatDifferOnlyInNormalisation() {
        assertThat(read("extra:\n  ca\u0301: 1\n  cá: 2\n")).isEmpty();
        assertThat(found()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void reportsIndentationTabAtItsLineAndColumn() {
        assertThat(read("title: x\ntags:\n  \t- a\n")).isEmpty();
        assertThat(found()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.col()).isEqualTo(3);
            assertThat(p.message()).contains("tab");
        });
    }

    @Test
    void reportsTabAfterColonAtItsLineAndColumn() {
        assertThat(read("summary: y\ntitle:\tx\n")).isEmpty();
        assertThat(found()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.col()).isEqualTo(7);
            assertThat(p.message()).contains("tab");
        });
    }

    @Test
    void refusesTooDeepNestingOnce() {
        StringBuilder yaml = new StringBuilder("title: x\nextra: ");
        for (int i = 0; i < 40; i++) {
            yaml.append("{k: ");
        }
        yaml.append("1").append("}".repeat(40)).append('\n');
        assertThat(read(yaml.toString())).isEmpty();
        assertThat(found()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("nested too deeply");
        });
    }

    @Test
    void refusesTenThousandNestedBracketsWithOneProblem() {
        String yaml = "title: x\nextra: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(read(yaml)).isEmpty());
        assertThat(found()).singleElement().satisfies(p -> assertThat(p.message()).contains("nested too deeply"));
    }

    @Test
    void refusesHugeFrontMatter() {
        String yaml = "title: x\nsummary: \"" + "v".repeat(YamlReader.MAX_CHARS) + "\"\n";
        assertThat(read(yaml)).isEmpty();
        assertThat(found()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("too large");
        });
    }

    @Test
    void reportsSyntaxErrorsOnTheLineOfTheFile() {
        assertThat(read("title: x\nsummary: y\n  bad: indent\n")).isEmpty();
        assertThat(found()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("YAML cannot be read");
        });
    }

    @Test
    void shiftsLinesByWhereTheBlockStarts() {
        Problems other = new Problems();
        assertThat(YamlReader.readMapping("site.yaml", "a: 1\nb: [\n", 1, other)).isEmpty();
        assertThat(other.sorted()).singleElement().satisfies(p -> assertThat(p.line()).isBetween(2, 3));
    }

    @Test
    void refusesTopLevelListOrScalar() {
        assertThat(read("- a\n- b\n")).isEmpty();
        assertThat(found()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void reportsAControlCharacterWrittenAsAnEscapeAtItsValue() {
        assertThat(read("title: Mẹo\nsummary: \"Chuông\\x07 reo\"\ntags: [\"a\\u0000b\"]\ncaption: \"Dòng một\\nDòng hai\\tcột\"\n")).isPresent();
        assertThat(found()).extracting(p -> p.line() + ":" + p.col() + " " + p.message()).containsExactly(
                "3:10 the value contains the invisible control character U+0007",
                "4:8 the value contains the invisible control character U+0000");
    }
}

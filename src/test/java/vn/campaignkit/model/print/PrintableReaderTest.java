package vn.campaignkit.model.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.FrontMatterSplitter;
import vn.campaignkit.source.YamlReader;

/** Printable front matter: required keys, known formats, QR targets resolved against base_url, mistakes at their line. */
class PrintableReaderTest {

    @Test
    void readsAPosterAndResolvesASitePathQrAgainstBaseUrl() {
        Problems problems = new Problems();
        Optional<Printable> p = read("""
                ---
                title: "Áp phích"
                format: poster-a4
                qr: /meo/
                per_school: true
                ---
                Nội dung **đậm**.
                """, Optional.of("https://vd.example.org/"), problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(p).hasValueSatisfying(pr -> {
            assertThat(pr.format()).isEqualTo(PrintFormat.POSTER_A4);
            assertThat(pr.headline().text()).isEqualTo("Áp phích");
            assertThat(pr.qr().orElseThrow().url()).isEqualTo("https://vd.example.org/meo/");
            assertThat(pr.qr().orElseThrow().label()).isEqualTo("vd.example.org/meo");
            assertThat(pr.perSchool()).isTrue();
            assertThat(pr.body()).hasSize(1);
        });
    }

    @Test
    void aSitePathQrWithoutBaseUrlIsAClearProblem() {
        Problems problems = new Problems();
        read("""
                ---
                title: "Áp phích"
                format: poster-a4
                qr: /meo/
                ---
                """, Optional.empty(), problems);
        assertThat(problems.sorted()).singleElement().satisfies(pr -> {
            assertThat(pr.line()).isEqualTo(4);
            assertThat(pr.message()).contains("no public address");
            assertThat(pr.hint()).contains("base_url");
        });
    }

    @Test
    void unknownFormatsAndKeysAreReportedWithHints() {
        Problems problems = new Problems();
        read("""
                ---
                title: "X"
                format: poster-a5
                headlin: "Y"
                ---
                """, Optional.empty(), problems);
        List<Problem> found = problems.sorted();
        assertThat(found).extracting(Problem::line).containsExactly(3, 4);
        assertThat(found.get(0).hint()).contains("poster-a4", "standee", "pledge-wall");
        assertThat(found.get(1).hint()).contains("headline");
    }

    @Test
    void formatSpecificKeysAreCheckedAgainstTheFormat() {
        Problems problems = new Problems();
        read("""
                ---
                title: "Tờ sticker"
                format: sticker-sheet
                back: "Mặt sau"
                ---
                """, Optional.empty(), problems);
        assertThat(problems.sorted()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("needs 'stickers:'"))
                .anySatisfy(m -> assertThat(m).contains("'back:' only applies to format bookmark"));
    }

    private static Optional<Printable> read(String markdown, Optional<String> baseUrl, Problems problems) {
        String path = "content/print/x.md";
        return FrontMatterSplitter.split(path, markdown, problems).flatMap(s -> YamlReader.readMapping(path, s.yaml(), s.yamlFirstLine(), problems)
                .flatMap(m -> PrintableReader.read(new Fields(path, m, problems), "x", s.body(), s.bodyFirstLine(),
                        new PrintableReader.SiteFacts(Path.of("."), baseUrl))));
    }
}

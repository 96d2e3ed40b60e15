package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;

/** Every default printable renders in every variant without a preflight problem (PDFs kept in target/ to look at). */
class DefaultPrintablesTest {

    @Test
    void everyDefaultPrintableRendersInEveryVariant() throws Exception {
        PrintableRenderer renderer = new PrintableRenderer(PrintFixtures.fonts(), PrintFixtures.site());
        Path out = Path.of("target/print-defaults");
        Files.createDirectories(out);
        assertThat(PrintFixtures.defaultSlugs()).hasSizeGreaterThanOrEqualTo(7);
        for (String slug : PrintFixtures.defaultSlugs()) {
            Printable p = PrintFixtures.defaultPrintable(slug);
            for (Variant v : PrintableRenderer.variants(p.format())) {
                Problems problems = new Problems();
                Optional<byte[]> pdf = renderer.render(p, v, Optional.empty(), problems);
                assertThat(problems.sorted()).as(slug + " " + v).isEmpty();
                assertThat(pdf).isPresent();
                Files.write(out.resolve(slug + "-" + v.suffix() + ".pdf"), pdf.get());
                if (p.perSchool()) {
                    Optional<byte[]> school = renderer.render(p, v, Optional.of(PrintFixtures.school("Trường THCS Ngô Quyền")), problems);
                    assertThat(problems.sorted()).as(slug + " school " + v).isEmpty();
                    Files.write(out.resolve(slug + "-truong-" + v.suffix() + ".pdf"), school.get());
                }
            }
        }
    }
}

package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.LanguageSites;
import vn.campaignkit.testsite.MicroSite;

/** {@code check} on a site in two languages: a translation's mistakes are reported at the translation's own lines. */
class CheckOfTranslationsTest {
    @TempDir
    Path folder;

    @Test
    void theTwoLanguageSiteIsClean() {
        LanguageSites.write(folder).check().succeeds();
    }

    @Test
    void aTranslationsMistakesCarryItsPathLineAndColumnAndTheOriginalIsNotBlamed() {
        MicroSite site = LanguageSites.write(folder)
                .write("content/tips/goi-111.en.md", "---\ntitle: \"Call 111\"\ndate: 2025-02-30\nsumary: \"typo\"\n---\n"
                        + "Read [the other tip](khong-co.md) first.\n")
                .write("content/print/ap-phich.en.md", "---\ntitle: \"Poster\"\nformat: poster-a5\n---\nText.\n");
        MicroSite.Run run = site.check().failsWithProblems();
        run.reports("content/tips/goi-111.en.md:3:7", "is not a date")
                .reports("content/tips/goi-111.en.md:4:1", "sumary")
                .reports("content/tips/goi-111.en.md:6:", "khong-co.md")
                .reports("content/print/ap-phich.en.md:3:9", "unknown format")
                .reportsNothingAbout("content/tips/goi-111.md")
                .reportsNothingAbout("content/print/ap-phich.md");
        assertThat(run.out()).doesNotContain("written");
    }
}

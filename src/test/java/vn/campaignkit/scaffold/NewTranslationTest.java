package vn.campaignkit.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.testsite.MicroSite;

/** Starting a translation: named after its original, the original's text copied to translate, never over a file. */
class NewTranslationTest {
    private static final String ORIGINAL = "---\ntitle: \"Gọi 111 khi bị đe dọa\"\naudience: [học sinh]\n# ghi chú của biên tập\n"
            + "summary: >-\n  Đừng giữ bí mật,\n  hãy kể ngay.\n---\nĐừng giữ bí mật.\n";

    @TempDir
    Path site;

    @BeforeEach
    void aTwoLanguageSite() {
        MicroSite.in(site).write("site.yaml", "title: Không một mình\nlanguages: [vi, en]\n")
                .write("content/tips/goi-111.md", ORIGINAL);
    }

    @Test
    void aTranslationIsNamedAfterItsOriginalAndStartsFromItsText() throws IOException {
        NewContent.Outcome outcome = NewContent.write(new NewTranslation(site).plan(ContentKind.TIP, "goi-111", "en",
                Optional.of("Call 111: when threatened")));
        assertThat(outcome).isInstanceOf(NewContent.Outcome.Created.class);
        assertThat(((NewContent.Outcome.Created) outcome).path()).isEqualTo("content/tips/goi-111.en.md");
        assertThat(Files.readString(site.resolve("content/tips/goi-111.en.md"))).isEqualTo("---\n"
                + "# Bản dịch (en) của content/tips/goi-111.md: dịch các dòng chữ và phần nội dung, giữ nguyên tên các khoá.\n"
                + "title: \"Call 111: when threatened\"\naudience: [học sinh]\n# ghi chú của biên tập\n"
                + "summary: >-\n  Đừng giữ bí mật,\n  hãy kể ngay.\n---\nĐừng giữ bí mật.\n");
        assertThat(Files.readString(site.resolve("content/tips/goi-111.md"))).isEqualTo(ORIGINAL);
    }

    @Test
    void withoutATitleTheOriginalsTitleIsKeptToBeTranslatedAndAPathWorksAsWellAsASlug() throws IOException {
        NewContent.write(new NewTranslation(site).plan(ContentKind.TIP, "content/tips/goi-111.md", "en", Optional.empty()));
        assertThat(Files.readString(site.resolve("content/tips/goi-111.en.md"))).contains("title: \"Gọi 111 khi bị đe dọa\"\n");
    }

    @Test
    void refusesAnUndeclaredLanguageAMissingOriginalATranslationOfATranslationAndAnExistingTranslation() throws IOException {
        NewTranslation translations = new NewTranslation(site);
        assertThat(refusal(translations.plan(ContentKind.TIP, "goi-111", "fr", Optional.empty())))
                .extracting(Problem::path, Problem::message).containsExactly("site.yaml", "\"fr\" is not one of the site's other languages (en)");
        assertThat(refusal(translations.plan(ContentKind.TIP, "khong-co", "en", Optional.empty())).message())
                .isEqualTo("there is no such page to translate");
        assertThat(refusal(translations.plan(ContentKind.TIP, "../../site.yaml", "en", Optional.empty())).message())
                .isEqualTo("only a page of content/ can be translated");
        assertThat(refusal(translations.plan(ContentKind.FRAME, "content/tips/goi-111.md", "en", Optional.empty())).hint())
                .isEqualTo("write new tip --lang en --from content/tips/goi-111.md");
        NewContent.write(translations.plan(ContentKind.TIP, "goi-111", "en", Optional.empty()));
        String written = Files.readString(site.resolve("content/tips/goi-111.en.md"));
        Problem again = refusal(translations.plan(ContentKind.TIP, "goi-111", "en", Optional.of("Other")));
        assertThat(again.path()).isEqualTo("content/tips/goi-111.en.md");
        assertThat(again.message()).isEqualTo("this page is already translated, so nothing was written");
        assertThat(refusal(translations.plan(ContentKind.TIP, "goi-111.en.md", "en", Optional.empty())).hint())
                .isEqualTo("translate its original, content/tips/goi-111.md");
        assertThat(Files.readString(site.resolve("content/tips/goi-111.en.md"))).isEqualTo(written);
    }

    @Test
    void aOneLanguageSiteHasNothingToTranslateInto() throws IOException {
        MicroSite.in(site).write("site.yaml", "title: Không một mình\n");
        assertThat(refusal(new NewTranslation(site).plan(ContentKind.TIP, "goi-111", "en", Optional.empty())).message())
                .isEqualTo("\"en\" is not one of the site's other languages (site.yaml declares none)");
        assertThat(site.resolve("content/tips/goi-111.en.md")).doesNotExist();
    }

    @Test
    void theTranslationBuildsAsTheEnglishPage() throws IOException {
        NewContent.write(new NewTranslation(site).plan(ContentKind.TIP, "goi-111", "en", Optional.of("Call 111")));
        MicroSite micro = MicroSite.emptyIn(site).write("templates/messages/en.yaml", vn.campaignkit.testsite.LanguageSites.englishMessages());
        micro.build().succeeds();
        assertThat(micro.page("en/tips/goi-111/").select("h1").text()).isEqualTo("Call 111");
        assertThat(micro.page("tips/goi-111/").select("h1").text()).isEqualTo("Gọi 111 khi bị đe dọa");
    }

    private static Problem refusal(NewContent.Outcome outcome) {
        assertThat(outcome).isInstanceOf(NewContent.Outcome.Refused.class);
        return ((NewContent.Outcome.Refused) outcome).problems().get(0);
    }
}

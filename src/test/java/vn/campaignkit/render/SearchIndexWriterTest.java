package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.ModelBuilder;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SiteConfigReader;
import vn.campaignkit.source.SourceScanner;
import vn.campaignkit.source.SourceTree;

/** The search index stays small at the campaign's real scale and lets the browser rebuild school links. */
class SearchIndexWriterTest {

    private static Site site(Path dir) {
        Problems problems = new Problems();
        SourceTree tree = new SourceScanner().scan(dir, problems);
        SiteConfig config = new SiteConfigReader().read(tree.siteYaml(), Optional.empty(), problems);
        Site site = new ModelBuilder().build(tree, config, BuildOptions.defaults(dir, LocalDate.of(2025, 10, 20)), problems);
        assertThat(problems.sorted()).isEmpty();
        return site;
    }

    @Test
    void indexOf6100SchoolsStaysUnder300Kilobytes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("data/schools.csv"), ManySchools.csv(6100), StandardCharsets.UTF_8);
        Site site = site(dir);
        assertThat(site.schools()).hasSize(6100);
        byte[] index = SearchIndexWriter.write(site);
        assertThat(index.length).as("bytes of search/index.js").isLessThanOrEqualTo(300 * 1024);
        String text = new String(index, StandardCharsets.UTF_8);
        assertThat(text.split("\\\\n")).hasSizeGreaterThanOrEqualTo(6100);
    }

    @Test
    void everyTextComesBackExactlyAndNothingCanEndTheScriptOrTheStringEarly(@TempDir Path dir) throws IOException {
        String title = "Mẹo \"trích dẫn\" \\ gạch </script><!-- <b>đậm</b>\u2028dòng\u2029đoạn";
        Files.createDirectories(dir.resolve("content/tips"));
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("content/tips/meo.md"), "---\ntitle: \"Mẹo \\\"trích dẫn\\\" \\\\ gạch </script><!-- "
                + "<b>đậm</b>\\u2028dòng\\u2029đoạn\"\nsummary: \"Tab\\tở giữa\"\n---\nNội dung.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("data/schools.csv"), "title,province\n\"Trường </script> \"\"Sao\"\"\",Hà Nội\n",
                StandardCharsets.UTF_8);
        Site site = site(dir);
        assertThat(site.tips().get(0).title()).isEqualTo(title);
        String js = new String(SearchIndexWriter.write(site), StandardCharsets.UTF_8);
        assertThat(js).startsWith("campaignSearchIndex({").endsWith("});\n");
        assertThat(js).as("U+2028/2029 end a JavaScript string literal in older engines").doesNotContain("\u2028", "\u2029");
        JsonNode index = new ObjectMapper().readTree(js.substring("campaignSearchIndex(".length(), js.length() - ");\n".length()));
        JsonNode tip = index.get("pages").get(0);
        assertThat(tip.get(0).asText()).isEqualTo("tip");
        assertThat(tip.get(1).asText()).isEqualTo(title);
        assertThat(tip.get(2).asText()).isEqualTo("tips/meo/");
        assertThat(tip.get(3).asText()).isEqualTo("Tab\tở giữa");
        assertThat(index.get("provinces").get(0).get(0).asText()).isEqualTo("Hà Nội");
        assertThat(index.get("schools").asText()).isEqualTo("Trường </script> \"Sao\"\t0\n");
    }

    @Test
    void browserSlugMatchesTheGeneratorsSlugForGeneratedNamesOrIsWrittenOut(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("data/schools.csv"), ManySchools.csv(600)
                + "Trường Quốc tế ☆ Sao Mai,Hà Nội,THPT\n", StandardCharsets.UTF_8);
        Site site = site(dir);
        String text = new String(SearchIndexWriter.write(site), StandardCharsets.UTF_8);
        for (School s : site.schools()) {
            String slug = s.info().slug().value();
            if (SearchIndexWriter.browserSlug(s.title()).equals(slug)) {
                assertThat(text).contains(s.title() + "\\t");
            } else {
                assertThat(text).contains(s.title() + "\\t").contains("\\t" + slug + "\\n");
            }
        }
        assertThat(SearchIndexWriter.browserSlug("Trường THCS Lê Lợi")).isEqualTo("truong-thcs-le-loi");
        assertThat(SearchIndexWriter.browserSlug("Trường Đại học Mẫu Biển Xanh")).isEqualTo("truong-dai-hoc-mau-bien-xanh");
    }
}

package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
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

package vn.campaignkit.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import vn.campaignkit.site.BuiltSite;
import vn.campaignkit.testsite.MicroSite;

/** {@code new site DIR} writes the starter site from the jar, which builds clean into valid pages; nothing is overwritten. */
class NewSiteTest {
    @TempDir
    Path temp;

    @Test
    void aNewSiteBuildsCleanIntoValidPages() throws Exception {
        Path site = temp.resolve("truong-em");
        MicroSite.Run created = MicroSite.Run.of("new", "site", site.toString());
        created.succeeds();
        assertThat(created.out()).contains("created a new site in");
        for (String file : List.of("site.yaml", "content/index.md", "content/hashtags/khongmotminh.md", "content/contests/ve-tranh.md",
                "content/pages/gioi-thieu.md", "content/posts/phat-dong-chien-dich-khong-mot-minh.md", "content/quizzes/nhan-dien-chieu-lua.md",
                "content/scenarios/cuoc-goi-gia-danh-cong-an.md", "content/frames/khong-mot-minh.md", "content/print/ap-phich-a4.md",
                "data/schools.csv")) {
            assertThat(site.resolve(file)).as(file).isRegularFile();
        }
        try (var tips = Files.list(site.resolve("content/tips"))) {
            assertThat(tips.count()).isGreaterThanOrEqualTo(3);
        }
        assertThat(Files.readAllLines(site.resolve("data/schools.csv"))).hasSizeBetween(3, 4);
        MicroSite.Run.of("new", "frame", "Khung trường em", "--source", site.toString()).succeeds();
        MicroSite.Run.of("new", "printable", "Áp phích lớp 7A", "--source", site.toString()).succeeds();
        BuiltSite.Result build = BuiltSite.build(site, site.resolve("output"), "--now", "2025-10-20");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(site.resolve("output/frames/khung-truong-em/index.html")).isRegularFile();
        assertThat(BuiltSite.files(site.resolve("output"), ".pdf")).isNotEmpty();
        List<Path> pages = BuiltSite.files(site.resolve("output"), ".html");
        assertThat(pages).hasSizeGreaterThan(20);
        assertThat(invalid(site.resolve("output"), pages)).isEmpty();
    }

    @Test
    void aFolderThatHoldsASiteIsLeftAlone() throws IOException {
        Path site = temp.resolve("co-san");
        MicroSite.in(site);
        Map<String, String> before = MicroSite.hashTree(site);
        MicroSite.Run refused = MicroSite.Run.of("new", "site", site.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("already holds a site").doesNotContain("Exception");
        assertThat(MicroSite.hashTree(site)).isEqualTo(before);
    }

    private static List<String> invalid(Path out, List<Path> pages) throws Exception {
        List<String> errors = new ArrayList<>();
        String[] current = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // advice, not errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current[0] + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        for (Path page : pages) {
            current[0] = out.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors;
    }
}

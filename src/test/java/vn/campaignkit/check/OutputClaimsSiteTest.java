package vn.campaignkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.testsite.MicroSite;

/** Two sources that map to the same output path are an error naming both — never last-writer-wins. */
class OutputClaimsSiteTest {
    @TempDir
    Path dir;

    @Test
    void refusesTwoTipsWithTheSameSlugNamingBoth() {
        MicroSite site = MicroSite.in(dir)
                .tip("mot", "title: Một\nslug: trung-nhau", "1\n")
                .tip("hai", "title: Hai\nslug: trung-nhau", "2\n");
        assertNamesBoth(site.build().failsWithProblems(), "content/tips/mot.md", "content/tips/hai.md", "tips/trung-nhau/index.html");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void refusesFileNameAndSlugThatMeet() {
        MicroSite site = MicroSite.in(dir)
                .tip("doi-mat-khau", "title: Đổi mật khẩu", "1\n")
                .tip("khac", "title: Khác\nslug: doi-mat-khau", "2\n");
        assertNamesBoth(site.check().failsWithProblems(), "content/tips/doi-mat-khau.md", "content/tips/khac.md", "tips/doi-mat-khau/");
    }

    @Test
    void refusesSchoolFileAndCsvRowWithTheSameTitleAndProvince() {
        MicroSite site = MicroSite.in(dir)
                .write("content/schools/ha-noi/thcs-le-loi.md", "---\ntitle: THCS Lê Lợi\nprovince: Hà Nội\n---\n")
                .write("data/schools.csv", "title,province\nTHCS Nguyễn Du,Hà Nội\nTHCS Lê Lợi,Hà Nội\n");
        site.check().failsWithProblems()
                .reports("data/schools.csv:3:1", "schools/ha-noi/thcs-le-loi/index.html", "content/schools/ha-noi/thcs-le-loi.md");
    }

    @Test
    void refusesPageWithSlugOfTheTipsIndexBlamingTheFile() {
        MicroSite site = MicroSite.in(dir).write("content/pages/meo.md", "---\ntitle: Mẹo\nslug: tips\n---\n");
        site.check().failsWithProblems().reports("content/pages/meo.md:1:1", "tips/index.html", "built-in tips page");
        assertThat(site.check().errors()).allMatch(l -> l.startsWith("content/"));
    }

    private static void assertNamesBoth(MicroSite.Run run, String one, String other, String output) {
        assertThat(run.errors()).as(run.err()).singleElement().satisfies(line -> {
            assertThat(line).matches("(" + one + "|" + other + "):1:1: error: .*");
            assertThat(line).contains(one).contains(other).contains(output);
        });
    }

    @Test
    void blamesTheFileWhicheverClaimsFirst() {
        Problems problems = new Problems();
        OutputClaims claims = new OutputClaims(problems);
        assertThat(claims.claim("news/index.html", "content/pages/news.md", 1)).isTrue();
        assertThat(claims.claim("news/index.html", "(built-in news page)", 0)).isFalse();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("content/pages/news.md");
            assertThat(p.message()).contains("the built-in news page");
        });
    }
}

package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.cli.Main;
import vn.campaignkit.testsite.MicroSite;

/** Markdown bodies: raw HTML never becomes markup; huge and absurdly nested input never crashes the build. */
class MarkdownConverterSiteTest {
    @TempDir
    Path dir;

    @Test
    void escapesRawHtmlInsteadOfPassingItThrough() {
        MicroSite site = MicroSite.in(dir).tip("html", "title: HTML thô", """
                <script>alert('x')</script>

                Chữ <img src=x onerror=alert(1)> và <iframe src="https://evil.example/"></iframe> giữa dòng.

                <div onclick="steal()">khối</div>

                <a href="javascript:alert(1)">nhấn</a>
                """);
        site.build().succeeds();
        Document page = site.page("tips/html/");
        Element prose = page.selectFirst(".prose");
        assertThat(prose).isNotNull();
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(prose.select("script, iframe, div[onclick], a[href^=javascript]")).isEmpty();
        assertThat(prose.select("img")).isEmpty();
        assertThat(page.select("[onerror], [onclick]")).isEmpty();
        assertThat(prose.text()).contains("<script>alert('x')</script>")
                .contains("<img src=x onerror=alert(1)>")
                .contains("<iframe src=\"https://evil.example/\"></iframe>");
    }

    @Test
    void refusesOrAcceptsThreeMegabytesOfMarkdownWithoutCrashing() {
        String body = "Một câu dài về an toàn trực tuyến cho học sinh. ".repeat(70_000);
        assertThat(body.length()).isGreaterThan(3_000_000);
        MicroSite site = MicroSite.in(dir).tip("dai", "title: Rất dài", body);
        MicroSite.Run run = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> site.check());
        assertThat(run.exit()).isIn(Main.OK, Main.SITE_PROBLEMS);
        run.hasNoStackTrace();
        if (run.exit() == Main.SITE_PROBLEMS) {
            run.reports("content/tips/dai.md:1:1");
        }
    }

    @Test
    void survivesTenThousandNestedQuotes() {
        assertSurvives("> ".repeat(10_000) + "sâu\n");
    }

    @Test
    void survivesTenThousandNestedListLevels() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            body.append("  ".repeat(i)).append("- mục ").append(i).append('\n');
        }
        assertSurvives(body.toString());
    }

    @Test
    void survivesTenThousandNestedInlineListMarkers() {
        assertSurvives("- ".repeat(10_000) + "x\n");
    }

    @Test
    void survivesFiftyThousandOpeningBrackets() {
        assertSurvives("[".repeat(50_000) + "x" + "](y)".repeat(10) + "\n");
    }

    @Test
    void survivesFiftyThousandNestedEmphasisMarkers() {
        assertSurvives("*_".repeat(25_000) + "x\n");
    }

    @Test
    void survivesThousandsOfUnclosedLinks() {
        assertSurvives("[a](".repeat(5_000) + "\n");
    }

    @Test
    void refusesTenThousandQuoteLevelsNamingTheLine() {
        MicroSite site = MicroSite.in(dir).tip("sau", "title: Lồng sâu", "Mở đầu.\n\n" + "> ".repeat(10_000) + "sâu\n");
        site.check().failsWithProblems().reports("content/tips/sau.md:6:1", "nested too deeply");
    }

    @Test
    void acceptsOrdinaryNestedListsAndQuotes() {
        MicroSite site = MicroSite.in(dir).tip("vua", "title: Vừa phải",
                "- một\n  - hai\n    1. ba\n\n> > trích\n> > dẫn\n\n-5 độ, 3) ba, * sao\n");
        site.build().succeeds();
        assertThat(site.page("tips/vua/").select(".prose ul ul ol li").text()).isEqualTo("ba");
    }

    private void assertSurvives(String body) {
        MicroSite site = MicroSite.in(dir).tip("sau", "title: Lồng sâu", body);
        MicroSite.Run run = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> site.build());
        assertThat(run.exit()).as("stderr: %s", run.err()).isIn(Main.OK, Main.SITE_PROBLEMS);
        run.hasNoStackTrace();
    }
}

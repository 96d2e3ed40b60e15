package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void refusesAFileOverFourMegabytesAtItsFirstLine() {
        String body = "Một câu dài về an toàn trực tuyến cho học sinh. ".repeat(70_000);
        assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(4 * 1024 * 1024);
        MicroSite site = MicroSite.in(dir).tip("dai", "title: Rất dài", body);
        MicroSite.Run run = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> site.check());
        run.failsWithProblems().reports("content/tips/dai.md:1:1", "the file is too large", "4 MB");
    }

    @Test
    void refusesABodyOverTwoMegaCharactersAtItsFirstLine() {
        String body = "Mot cau dai ve an toan truc tuyen cho hoc sinh. ".repeat(50_000);
        assertThat(body.length()).isBetween(2 * 1024 * 1024, 4 * 1024 * 1024);
        MicroSite site = MicroSite.in(dir).tip("dai", "title: Rất dài", body);
        MicroSite.Run run = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> site.check());
        run.failsWithProblems().reports("content/tips/dai.md:4:1", "the text is too long");
    }

    @Test
    void refusesTenThousandNestedQuotesOnOneLineWithoutCrashing() {
        run("> ".repeat(10_000) + "sâu\n").failsWithProblems().reports("content/tips/sau.md:4:1", "nested too deeply");
    }

    @Test
    void buildsFourteenHundredListLevelsNestedByIndentation() {
        // 1,400 levels is as deep as indentation goes under the 2 MB limit (1.97 million characters).
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1_400; i++) {
            body.append("  ".repeat(i)).append("- mục ").append(i).append('\n');
        }
        assertThat(body.length()).isLessThan(2 * 1024 * 1024);
        MicroSite.Run run = run(body.toString()).succeeds();
        assertThat(run.err()).isEmpty();
        assertThat(BuiltText.of(dir.resolve("output/tips/sau/index.html"))).contains("<li>mục 0\n<ul>\n<li>mục 1\n", "mục 1399");
    }

    @Test
    void refusesTenThousandNestedInlineListMarkersWithoutCrashing() {
        run("- ".repeat(10_000) + "x\n").failsWithProblems().reports("content/tips/sau.md:4:1", "nested too deeply");
    }

    @Test
    void readsFiftyThousandOpeningBracketsAsTextAroundOneLink() {
        run("[".repeat(50_000) + "x" + "](y)".repeat(10) + "\n").failsWithProblems()
                .reports("content/tips/sau.md:4:50000", "link \"y\" points to nothing");
    }

    @Test
    void buildsFiftyThousandEmphasisMarkers() {
        run("*_".repeat(25_000) + "x\n").succeeds();
        assertThat(BuiltText.of(dir.resolve("output/tips/sau/index.html"))).contains("<p><em>_</em><em>*</em><em>_</em>");
    }

    @Test
    void buildsFiveThousandUnclosedLinksAsText() {
        run("[a](".repeat(5_000) + "\n").succeeds();
        assertThat(BuiltText.of(dir.resolve("output/tips/sau/index.html"))).contains("[a]([a]([a](");
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

    /** Builds a tip with the body, in at most five minutes; the outcome is checked by the caller. */
    private MicroSite.Run run(String body) {
        MicroSite site = MicroSite.in(dir).tip("sau", "title: Lồng sâu", body);
        return assertTimeoutPreemptively(Duration.ofSeconds(300), () -> site.build());
    }

    /** A built page's text. */
    private static final class BuiltText {
        static String of(Path file) {
            try {
                return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}

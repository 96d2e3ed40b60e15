package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaignkit.testsite.TextEdits.replaceLineOnce;
import static vn.campaignkit.testsite.TextEdits.replaceOnce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.campaignkit.site.BuiltSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.derive.PreviousOutput;
import vn.campaignkit.model.Site;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.SiteProblemsException;

/**
 * On a copy of the default site as it is (Vietnamese at the root, English under /en/), the preview rebuilds every
 * language incrementally: each rebuild after an edit gives exactly the files of a full {@link Pipeline#run}, while
 * rendering again only the pages the edit affects (a page not rendered again keeps the very same byte array, so a
 * fall-back to full rebuilds would show as every page rendered again).
 */
class IncrementalPreviewInEveryLanguageTest {
    private static final Path DEFAULT_SITE = Path.of("").toAbsolutePath();
    private static final String VI_TIP = "tips/luu-bang-chung/index.html";
    private static final String EN_TIP = "en/tips/luu-bang-chung/index.html";
    /** A tip of the default site that has no English translation. */
    private static final String UNTRANSLATED = "content/tips/cai-dat-quyen-rieng-tu.md";

    @TempDir
    Path site;
    private BuildOptions options;
    private DerivedFileCache cache;
    private IncrementalSiteBuild build;
    private SiteSnapshot current;

    @BeforeEach
    void copyDefaultSite() throws IOException {
        for (String top : new String[] {"site.yaml", "content", "data", "templates", "assets"}) {
            BuiltSite.copyTree(DEFAULT_SITE.resolve(top), site.resolve(top));
        }
        options = new BuildOptions(site, site.resolve("never-written"), Optional.of("http://localhost:8820/"),
                LocalDate.of(2025, 11, 1), false, true, 2);
        cache = new DerivedFileCache();
        build = new IncrementalSiteBuild(options, cache);
        current = built(ChangeSet.all());
    }

    @AfterEach
    void dropCache() throws IOException {
        cache.close();
    }

    @Test
    void aFullBuildEqualsTheBuildCommandInBothLanguages() throws Exception {
        assertThat(current.paths()).contains(VI_TIP, EN_TIP, "en/index.html", "en/search/index.js", "en/news/atom.xml");
        assertSameAsFullPipeline(current);
    }

    @Test
    void aVietnameseBodyEditRendersOnlyThatPageAndLeavesTheEnglishOneAsItWas() throws Exception {
        SiteSnapshot after = edit("content/tips/luu-bang-chung.md", text -> text + "\nMột câu mới ở cuối bài.\n");
        assertThat(html(after, VI_TIP)).contains("Một câu mới ở cuối bài.");
        assertThat(renderedAgain(current, after)).containsExactly(VI_TIP);
        assertThat(after.file(EN_TIP).orElseThrow()).isSameAs(current.file(EN_TIP).orElseThrow());
        assertThat(html(after, EN_TIP)).doesNotContain("Một câu mới").contains("Take screenshots");
        assertSameAsFullPipeline(after);
    }

    @Test
    void aVietnameseTitleEditRendersItsListsButNoEnglishPage() throws Exception {
        SiteSnapshot after = edit("content/tips/luu-bang-chung.md",
                text -> replaceLineOnce(text, "title: .*", "title: \"Lưu lại bằng chứng ngay\""));
        Set<String> again = renderedAgain(current, after);
        assertThat(again).contains(VI_TIP, "tips/index.html");
        assertThat(again).noneMatch(path -> path.startsWith("en/"));
        assertThat(again.size()).isLessThan(pageCount(current) / 4);
        assertThat(after.file("en/search/index.js").orElseThrow()).isSameAs(current.file("en/search/index.js").orElseThrow());
        assertThat(new String(after.file("search/index.js").orElseThrow(), StandardCharsets.UTF_8)).contains("Lưu lại bằng chứng ngay");
        assertThat(Jsoup.parse(html(after, VI_TIP)).selectFirst("h1").text()).isEqualTo("Lưu lại bằng chứng ngay");
        assertSameAsFullPipeline(after);
    }

    @Test
    void anEnglishTitleEditRendersTheEnglishListsButNoVietnamesePage() throws Exception {
        SiteSnapshot after = edit("content/tips/luu-bang-chung.en.md",
                text -> replaceLineOnce(text, "title: .*", "title: \"Save the evidence first\""));
        Set<String> again = renderedAgain(current, after);
        assertThat(again).contains(EN_TIP, "en/tips/index.html");
        assertThat(again).allMatch(path -> path.startsWith("en/"));
        assertThat(Jsoup.parse(html(after, EN_TIP)).selectFirst("h1").text()).isEqualTo("Save the evidence first");
        assertThat(html(after, "en/tips/index.html")).contains("Save the evidence first");
        assertSameAsFullPipeline(after);
    }

    @Test
    void addingATranslationLinksBothPagesToEachOtherAndRemovingItSendsTheSwitcherToTheEnglishHome() throws Exception {
        String viPage = "tips/cai-dat-quyen-rieng-tu/index.html";
        String enPage = "en/tips/cai-dat-quyen-rieng-tu/index.html";
        assertThat(switcherLink(current, viPage)).isEqualTo("../../en/index.html");
        assertThat(hreflang(current, viPage, "en")).isEmpty();

        String english = UNTRANSLATED.replace(".md", ".en.md");
        Files.writeString(site.resolve(english), "---\ntitle: \"Five minutes of privacy settings\"\ntags: [khongmotminh]\n"
                + "audience: [học sinh]\n---\n\nLock the doors strangers use to learn about you.\n", StandardCharsets.UTF_8);
        SiteSnapshot added = built(ChangeSet.of(english));
        assertThat(switcherLink(added, viPage)).isEqualTo("../../en/tips/cai-dat-quyen-rieng-tu/index.html");
        assertThat(hreflang(added, viPage, "en")).contains("http://localhost:8820/en/tips/cai-dat-quyen-rieng-tu/");
        assertThat(hreflang(added, enPage, "vi")).contains("http://localhost:8820/tips/cai-dat-quyen-rieng-tu/");
        assertThat(switcherLink(added, enPage)).isEqualTo("../../../tips/cai-dat-quyen-rieng-tu/index.html");
        assertThat(Jsoup.parse(html(added, enPage)).selectFirst("h1").text()).isEqualTo("Five minutes of privacy settings");
        assertSameAsFullPipeline(added);

        Files.delete(site.resolve(english));
        SiteSnapshot removed = built(ChangeSet.of(english));
        assertThat(removed.contains(enPage)).isFalse();
        assertThat(switcherLink(removed, viPage)).isEqualTo("../../en/index.html");
        assertThat(hreflang(removed, viPage, "en")).isEmpty();
        assertSameAsFullPipeline(removed);
    }

    @Test
    void anEnglishMessageFileEditShowsOnEveryEnglishPageAndOnNoVietnameseOne() throws Exception {
        SiteSnapshot after = edit("templates/messages/en.yaml",
                text -> replaceOnce(text, "  tips: \"Safety tips\"", "  tips: \"Staying safe\""));
        assertThat(html(after, EN_TIP)).contains("Staying safe");
        assertThat(html(after, "en/index.html")).contains("Staying safe");
        Set<String> again = renderedAgain(current, after);
        assertThat(again).contains(EN_TIP, "en/index.html", "en/tips/index.html");
        assertThat(again).allMatch(path -> path.startsWith("en/"));
        assertSameAsFullPipeline(after);
    }

    @Test
    void aChangedLanguageNameReachesTheSwitcherOfTheOtherLanguage() throws Exception {
        SiteSnapshot after = edit("templates/messages/en.yaml",
                text -> replaceOnce(text, "  switch_to: \"Read in English\"", "  switch_to: \"English version\""));
        assertThat(Jsoup.parse(html(after, VI_TIP)).selectFirst("nav.language-switch a").text()).isEqualTo("English version");
        assertSameAsFullPipeline(after);
    }

    @Test
    void aMistakeInAMessageFileIsReportedAtItsLineAndTheLastGoodBuildStays() throws Exception {
        Path messages = site.resolve("templates/messages/en.yaml");
        String good = Files.readString(messages, StandardCharsets.UTF_8);
        Files.writeString(messages, replaceOnce(good, "  tips: \"Safety tips\"", "  tips: [Safety, tips]"), StandardCharsets.UTF_8);
        BuildResult bad = build.build(ChangeSet.of("templates/messages/en.yaml"));
        assertThat(bad).isInstanceOf(BuildResult.Failed.class);
        Problem problem = ((BuildResult.Failed) bad).problems().get(0);
        assertThat(problem.path()).isEqualTo("templates/messages/en.yaml");
        assertThat(problem.line()).isEqualTo(19);
        assertThat(problem.col()).isEqualTo(3);
        assertThat(problem.message()).contains("nav.tips");
        Files.writeString(messages, good, StandardCharsets.UTF_8);
        SiteSnapshot fixed = built(ChangeSet.of("templates/messages/en.yaml"));
        assertSameAsFullPipeline(fixed);
    }

    @Test
    void aTemplateEditRendersThePagesOfEveryLanguageThatUseIt() throws Exception {
        SiteSnapshot after = edit("templates/contest.ftlh", text -> replaceOnce(text, "</article>\n</@base.layout>",
                "  <p class=\"them-dong\">${msg.nav.contests}</p>\n</article>\n</@base.layout>"));
        Set<String> again = renderedAgain(current, after);
        assertThat(again).isNotEmpty().allMatch(path -> path.matches("(en/)?contests/[^/]+/index\\.html"));
        assertThat(html(after, "contests/ve-tranh/index.html")).contains("<p class=\"them-dong\">");
        assertSameAsFullPipeline(after);
    }

    @Test
    void theDeskLinksFromATranslationToThePagesOfItsLanguage() {
        Site english = build.lastSiteOf("content/tips/luu-bang-chung.en.md").orElseThrow();
        Site vietnamese = build.lastSiteOf("content/tips/luu-bang-chung.md").orElseThrow();
        assertThat(english.language().code()).isEqualTo("en");
        assertThat(english.allPages()).allMatch(page -> page.route().sitePath().startsWith("en/"));
        assertThat(vietnamese.language().code()).isEqualTo("vi");
        assertThat(vietnamese.tips()).anyMatch(tip -> tip.route().sitePath().equals("tips/cai-dat-quyen-rieng-tu/"));
    }

    private String switcherLink(SiteSnapshot snapshot, String page) {
        return Jsoup.parse(html(snapshot, page)).selectFirst("nav.language-switch a").attr("href");
    }

    private static Optional<String> hreflang(SiteSnapshot snapshot, String page, String code) {
        Document doc = Jsoup.parse(html(snapshot, page));
        return Optional.ofNullable(doc.selectFirst("link[rel=alternate][hreflang=" + code + "]")).map(e -> e.attr("href"));
    }

    private static String html(SiteSnapshot snapshot, String path) {
        return new String(snapshot.file(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    private SiteSnapshot edit(String path, UnaryOperator<String> change) throws IOException {
        Path file = site.resolve(path);
        Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return built(ChangeSet.of(path));
    }

    private SiteSnapshot built(ChangeSet changes) {
        BuildResult result = build.build(changes);
        assertThat(result).as(() -> result.toString()).isInstanceOf(BuildResult.Built.class);
        return ((BuildResult.Built) result).site();
    }

    private static int pageCount(SiteSnapshot snapshot) {
        return (int) snapshot.files().keySet().stream().filter(path -> path.endsWith(".html")).count();
    }

    /** Pages whose bytes were produced again (a page not rendered again keeps the very same array). */
    private static Set<String> renderedAgain(SiteSnapshot before, SiteSnapshot after) {
        Set<String> again = new TreeSet<>();
        after.files().forEach((path, bytes) -> {
            if (path.endsWith(".html") && before.files().get(path) != bytes) {
                again.add(path);
            }
        });
        return again;
    }

    private void assertSameAsFullPipeline(SiteSnapshot snapshot) throws SiteProblemsException {
        MemorySink oracle = new MemorySink();
        Pipeline.standard(options).run(options, oracle, PreviousOutput.NONE);
        Map<String, byte[]> expected = oracle.files();
        assertThat(snapshot.paths()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(sansSearchVersion(snapshot.file(path).orElseThrow()))
                .as(path).isEqualTo(sansSearchVersion(bytes)));
    }

    /** The preview keeps each search index's {@code ?v=} of the last full build (documented); the rest must match. */
    private static String sansSearchVersion(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replaceAll("search/index\\.js\\?v=[0-9a-f]+", "search/index.js?v=");
    }

}

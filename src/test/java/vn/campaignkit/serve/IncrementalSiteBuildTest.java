package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaignkit.testsite.TextEdits.replaceLineOnce;
import static vn.campaignkit.testsite.TextEdits.replaceOnce;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import vn.campaignkit.site.BuiltSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.derive.PreviousOutput;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.problem.SiteProblemsException;

/**
 * On a copy of the default site as a one-language site (its Vietnamese part, {@link vn.campaignkit.testsite.OneLanguageCopy}), every rebuild after an edit gives exactly the files a full
 * {@link Pipeline#run} gives, while rendering again only the pages the edit affects.
 */
class IncrementalSiteBuildTest {
    private static final Path DEFAULT_SITE = Path.of("").toAbsolutePath();

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
        // a one-language site here; IncrementalPreviewInEveryLanguageTest does the same on the site in both its languages
        vn.campaignkit.testsite.OneLanguageCopy.make(site);
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
    void aFullBuildEqualsTheBuildCommand() throws Exception {
        assertSameAsFullPipeline(current);
    }

    @Test
    void makesDerivedFilesWhenFirstAskedFor() throws Exception {
        IncrementalSiteBuild everything = new IncrementalSiteBuild(withDerived(), cache);
        SiteSnapshot snapshot = ((BuildResult.Built) everything.build(ChangeSet.all())).site();
        String frame = snapshot.paths().stream().filter(p -> p.startsWith("frames/") && p.endsWith(".png")).findFirst().orElseThrow();
        assertThat(snapshot.files()).doesNotContainKey(frame);
        byte[] png = snapshot.file(frame).orElseThrow();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(720);
        assertThat(snapshot.file(frame).orElseThrow()).isSameAs(png);
        assertThat(snapshot.paths()).contains("tips/luu-bang-chung/og.png");
    }

    @Test
    void noDerivedFileReadsTheBodyOfATipPostOrPage() throws Exception {
        Pipeline pipeline = Pipeline.standard(withDerived());
        Map<String, String> before = fingerprints(pipeline);
        for (String path : new String[] {"content/tips/luu-bang-chung.md", "content/posts/tong-ket-chien-dich.md",
            "content/pages/gioi-thieu.md", "content/index.md"}) {
            Path file = site.resolve(path);
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "\nMột đoạn mới.\n", StandardCharsets.UTF_8);
        }
        assertThat(fingerprints(pipeline)).isEqualTo(before);
    }

    private BuildOptions withDerived() {
        return new BuildOptions(site, options.output(), options.baseUrl(), options.today(), false, false, 2);
    }

    private Map<String, String> fingerprints(Pipeline pipeline) {
        vn.campaignkit.problem.Problems problems = new vn.campaignkit.problem.Problems();
        BuildOptions all = withDerived();
        var tree = new vn.campaignkit.source.SourceScanner().scan(site, problems);
        var config = new vn.campaignkit.source.SiteConfigReader().read(tree.siteYaml(), all.baseUrl(), problems);
        var model = new vn.campaignkit.model.ModelBuilder().build(tree, config, all, problems);
        var assets = vn.campaignkit.source.AssetCatalog.of(tree);
        Map<String, String> fingerprints = new java.util.TreeMap<>();
        for (var job : pipeline.planDerived(model, assets, problems, false, null)) {
            fingerprints.put(job.outputPath(), job.fingerprint());
        }
        assertThat(problems.sorted()).isEmpty();
        return fingerprints;
    }

    @Test
    void aBodyEditRendersOnlyThatTip() throws Exception {
        SiteSnapshot after = edit("content/tips/luu-bang-chung.md", text -> text + "\nMột câu mới ở cuối bài.\n");
        assertThat(after.file("tips/luu-bang-chung/index.html").map(String::new).orElseThrow()).contains("Một câu mới ở cuối bài.");
        assertThat(renderedAgain(current, after)).containsOnly("tips/luu-bang-chung/index.html");
        assertSameAsFullPipeline(after);
    }

    @Test
    void aBodyEditWithABrokenLinkIsAProblemUntilFixed() throws Exception {
        Path tip = site.resolve("content/tips/luu-bang-chung.md");
        String good = Files.readString(tip, StandardCharsets.UTF_8);
        Files.writeString(tip, good + "\nXem [trang này](/khong-co-trang-nay/).\n", StandardCharsets.UTF_8);
        BuildResult bad = build.build(ChangeSet.of("content/tips/luu-bang-chung.md"));
        assertThat(bad).isInstanceOf(BuildResult.Failed.class);
        assertThat(((BuildResult.Failed) bad).problems()).anyMatch(p -> p.path().equals("content/tips/luu-bang-chung.md") && p.line() > 1);
        Files.writeString(tip, good + "\nĐã sửa.\n", StandardCharsets.UTF_8);
        SiteSnapshot fixed = built(ChangeSet.of("content/tips/luu-bang-chung.md"));
        assertThat(renderedAgain(current, fixed)).containsOnly("tips/luu-bang-chung/index.html");
        assertSameAsFullPipeline(fixed);
    }

    @Test
    void aTitleEditAlsoRendersTheListsAndHashtagPagesThatShowIt() throws Exception {
        SiteSnapshot after = edit("content/tips/luu-bang-chung.md",
                text -> replaceLineOnce(text, "title: .*", "title: \"Lưu lại bằng chứng ngay\""));
        Set<String> again = renderedAgain(current, after);
        assertThat(again).contains("tips/luu-bang-chung/index.html", "tips/index.html", "index.html");
        assertThat(again).anyMatch(path -> path.startsWith("hashtags/"));
        assertThat(again.size()).isLessThan(current.size() / 2);
        assertSameAsFullPipeline(after);
    }

    @Test
    void aCategoryAndTagEditFollowsTheRelatedTipsAndHashtags() throws Exception {
        assertThat(html(current, "hashtags/quyenriengtu/index.html")).doesNotContain("luu-bang-chung");
        SiteSnapshot after = edit("content/tips/luu-bang-chung.md", text -> replaceOnce(
                replaceLineOnce(text, "category: .*", "category: \"Khi gặp chuyện\""),
                "tags: [khongmotminh, antoantructuyen, luadao]", "tags: [khongmotminh, antoantructuyen, luadao, quyenriengtu]"));
        assertThat(html(after, "hashtags/quyenriengtu/index.html")).contains("tips/luu-bang-chung/index.html");
        assertThat(html(after, "tips/luu-bang-chung/index.html")).contains("Khi gặp chuyện", "hashtags/quyenriengtu/index.html");
        assertThat(renderedAgain(current, after)).contains("hashtags/quyenriengtu/index.html", "tips/luu-bang-chung/index.html");
        assertSameAsFullPipeline(after);
    }

    @Test
    void editsOfPostsContestsSchoolsAndTheSchoolsCsvMatchTheFullBuild() throws Exception {
        SiteSnapshot after = edit("content/posts/tong-ket-chien-dich.md", text -> replaceLineOnce(text, "date: .*", "date: 2025-10-01"));
        assertThat(html(after, "news/tong-ket-chien-dich/index.html")).contains("01/10/2025");
        assertSameAsFullPipeline(after);
        current = after;
        after = edit("content/contests/ve-tranh.md", text -> replaceLineOnce(text, "deadline: .*", "deadline: 2025-11-02"));
        assertThat(html(after, "contests/ve-tranh/index.html")).contains("Đang nhận bài – còn 2 ngày");
        assertSameAsFullPipeline(after);
        current = after;
        after = edit("data/schools.csv", text -> replaceOnce(text, "Trường THCS Mẫu Lê Lợi", "Trường THCS Mẫu Lê Lợi Mới"));
        assertThat(after.paths()).anyMatch(p -> p.endsWith("/truong-thcs-mau-le-loi-moi/index.html"));
        assertSameAsFullPipeline(after);
    }

    @Test
    void aTemplateEditRendersThePagesThatUseIt() throws Exception {
        SiteSnapshot after = edit("templates/contest.ftlh", text -> replaceOnce(text, "</article>\n</@base.layout>",
                "  <p class=\"them-dong\">Thêm dòng mẫu</p>\n</article>\n</@base.layout>"));
        Set<String> contestPages = Set.of("contests/thiet-ke-poster/index.html", "contests/truyen-tranh/index.html",
                "contests/ve-tranh/index.html", "contests/video-ngan/index.html", "contests/viet-bai-luan/index.html");
        assertThat(renderedAgain(current, after)).isEqualTo(contestPages);
        for (String page : contestPages) {
            assertThat(html(after, page)).as(page).contains("<p class=\"them-dong\">Thêm dòng mẫu</p>");
        }
        assertThat(html(after, "contests/index.html")).doesNotContain("Thêm dòng mẫu");
        assertSameAsFullPipeline(after);
    }

    @Test
    void anAssetEditIsCopiedWithoutRenderingPages() throws Exception {
        SiteSnapshot after = edit("assets/css/site.css", text -> text + "\n.them { color: #000; }\n");
        assertThat(renderedAgain(current, after)).isEmpty();
        assertThat(new String(after.file("assets/css/site.css").orElseThrow(), StandardCharsets.UTF_8)).contains(".them");
    }

    @Test
    void aNewFileOrABadEditFallsBackCorrectly() throws Exception {
        Files.writeString(site.resolve("content/tips/meo-moi.md"), "---\ntitle: \"Mẹo mới\"\ntags: [khongmotminh]\n---\n\nNội dung.\n");
        current = built(ChangeSet.of("content/tips/meo-moi.md"));
        assertThat(current.contains("tips/meo-moi/index.html")).isTrue();
        assertSameAsFullPipeline(current);

        Files.writeString(site.resolve("content/tips/meo-moi.md"), "---\ntitle: \"Mẹo mới\"\ndate: 2025-02-30\n---\n");
        BuildResult bad = build.build(ChangeSet.of("content/tips/meo-moi.md"));
        assertThat(bad).isInstanceOf(BuildResult.Failed.class);
        assertThat(((BuildResult.Failed) bad).problems().get(0).path()).isEqualTo("content/tips/meo-moi.md");

        Files.writeString(site.resolve("content/tips/meo-moi.md"), "---\ntitle: \"Mẹo mới hơn\"\n---\n\nNội dung.\n");
        current = edit("content/tips/luu-bang-chung.md", text -> text + "\nThêm.\n");
        assertSameAsFullPipeline(current);
        assertThat(new String(current.file("tips/meo-moi/index.html").orElseThrow(), StandardCharsets.UTF_8)).contains("Mẹo mới hơn");
    }

    private static String html(SiteSnapshot snapshot, String path) {
        return new String(snapshot.file(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    private SiteSnapshot edit(String path, java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = site.resolve(path);
        Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return built(ChangeSet.of(path));
    }

    private SiteSnapshot built(ChangeSet changes) {
        BuildResult result = build.build(changes);
        assertThat(result).as(() -> result.toString()).isInstanceOf(BuildResult.Built.class);
        SiteSnapshot snapshot = ((BuildResult.Built) result).site();
        if (changes.everything()) {
            current = snapshot;
        }
        return snapshot;
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

    /** The preview keeps the search index's {@code ?v=} of the last full build (documented); the rest must match. */
    private static String sansSearchVersion(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replaceAll("search/index\\.js\\?v=[0-9a-f]+", "search/index.js?v=");
    }

}

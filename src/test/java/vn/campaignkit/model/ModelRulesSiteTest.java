package vn.campaignkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.campaignkit.testsite.MicroSite;

/** Whole-site checks of the model rules: dates, NFC, slugs, tags, keys. */
class ModelRulesSiteTest {
    @TempDir
    Path dir;

    private MicroSite contest(String start, String deadline) {
        return MicroSite.in(dir).write("content/contests/ve-tranh.md",
                "---\ntitle: Vẽ tranh\nstart: " + start + "\ndeadline: " + deadline + "\n---\nThể lệ.\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026-02-30|4:11", "2025-13-01|4:11", "2025-1-5|4:11", "'\"31/02/2026\"'|4:11",
        "2025-02-29|4:11", "2025-11-31|4:11", "2025-12-01T10:00|4:11", "20251201|4:11"})
    void refusesDeadlineThatIsNotAStrictDateAtTheValue(String deadline, String at) {
        contest("2025-10-01", deadline).check().failsWithProblems()
                .reports("content/contests/ve-tranh.md:" + at, "deadline", "is not a date", "YYYY-MM-DD");
    }

    @Test
    void refusesStartThatIsNotAStrictDateAtTheValue() {
        contest("2026-02-30", "2026-03-31").check().failsWithProblems()
                .reports("content/contests/ve-tranh.md:3:8", "start \"2026-02-30\" is not a date");
    }

    @Test
    void acceptsLeapDay() {
        contest("2028-02-29", "2028-03-01").check().succeeds();
    }

    @Test
    void refusesDeadlineBeforeStart() {
        contest("2025-12-01", "2025-11-30").check().failsWithProblems()
                .reports("content/contests/ve-tranh.md:4:11", "before the start");
    }

    @Test
    void refusesPostDateThatRollsOver() {
        MicroSite.in(dir).write("content/posts/tin.md", "---\ntitle: Tin\ndate: 2023-02-29\n---\n").check()
                .failsWithProblems().reports("content/posts/tin.md:3:7", "2023-02-29");
    }

    @Test
    void writesNfdTitleAsNfcInTheOutput() throws Exception {
        String title = "Cảnh giác với lời mời việc nhẹ lương cao";
        String nfd = Normalizer.normalize(title, Normalizer.Form.NFD);
        MicroSite site = MicroSite.in(dir).tip("canh-giac", "title: " + nfd, "Đừng tin " + nfd + ".\n");
        site.build().succeeds();
        String html = Files.readString(site.output().resolve("tips/canh-giac/index.html"));
        assertThat(html).contains(title).doesNotContain(nfd);
        assertThat(Normalizer.isNormalized(html, Normalizer.Form.NFC)).isTrue();
        assertThat(site.page("tips/canh-giac/").select("h1").text()).isEqualTo(title);
    }

    @Test
    void givesNfdFileNameTheSameSlugAsNfc() {
        String name = Normalizer.normalize("Cảnh giác với lời mời việc nhẹ lương cao", Normalizer.Form.NFD);
        MicroSite site = MicroSite.in(dir).tip(name, "title: Cảnh giác", "x\n");
        site.build().succeeds();
        assertThat(site.output().resolve("tips/canh-giac-voi-loi-moi-viec-nhe-luong-cao/index.html")).isRegularFile();
    }

    @Test
    void refusesNfdAndNfcFileNamesThatMeet() {
        String nfc = "Đừng im lặng";
        MicroSite site = MicroSite.in(dir).tip(nfc, "title: Một", "x\n")
                .tip(Normalizer.normalize(nfc, Normalizer.Form.NFD), "title: Hai", "x\n");
        if (site.root().resolve("content/tips").toFile().list().length == 2) { // the file system kept both names
            assertThat(site.check().failsWithProblems().errors()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("content/tips/" + nfc + ".md:1:1: error: ")
                    .contains("tips/dung-im-lang/index.html").contains("accent"));
        }
    }

    @Test
    void slugifiesDStrokeInFileNames() {
        MicroSite site = MicroSite.in(dir).tip("Đường dây nóng", "title: Đường dây nóng", "x\n");
        site.build().succeeds();
        assertThat(site.output().resolve("tips/duong-day-nong/index.html")).isRegularFile();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"../tips/x|contains", "a/b|contains", "'a\\\\b'|contains", "'\"..\"'|'..'",
        "'\"a\\x01b\"'|control", "'\"a\\x7Fb\"'|control", "'\"x\\ny\"'|control"})
    void refusesUnsafeSlugWithoutRewritingIt(String slug, String reason) {
        MicroSite site = MicroSite.in(dir).tip("a", "title: A\nslug: " + slug, "x\n");
        site.build().failsWithProblems().reports("content/tips/a.md:3:7", "slug", reason);
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void mergesTagsEqualAfterCaseFoldingIntoOneHashtagPage() {
        MicroSite site = MicroSite.in(dir)
                .tip("a", "title: A\ntags: [KhongMotMinh]", "x\n")
                .tip("b", "title: B\ntags: [khongmotminh]", "x\n")
                .tip("c", "title: C\ntags: [" + Normalizer.normalize("bạnBè", Normalizer.Form.NFD) + "]", "x\n")
                .tip("d", "title: D\ntags: [BẠNBÈ]", "x\n");
        site.build().succeeds();
        assertThat(site.output().resolve("hashtags/khongmotminh/index.html")).isRegularFile();
        assertThat(site.output().resolve("hashtags/banbe/index.html")).isRegularFile();
        assertThat(site.output().resolve("hashtags").toFile().list())
                .filteredOn(n -> n.startsWith("khong") || n.startsWith("ban")).containsExactlyInAnyOrder("khongmotminh", "banbe");
        assertThat(site.page("hashtags/khongmotminh/").select("a[href*=tips/a/]")).isNotEmpty();
        assertThat(site.page("hashtags/khongmotminh/").select("a[href*=tips/b/]")).isNotEmpty();
    }

    @Test
    void refusesDifferentTagsWithTheSameSlugNamingBoth() {
        MicroSite site = MicroSite.in(dir)
                .tip("a", "title: A\ntags: [bạn]", "x\n")
                .tip("b", "title: B\ntags: [bán]", "x\n");
        assertThat(site.check().failsWithProblems().errors()).singleElement().satisfies(line -> {
            assertThat(line).contains("\"bạn\"").contains("\"bán\"").contains("/hashtags/ban/");
            assertThat(line).containsAnyOf("content/tips/a.md", "content/tips/b.md");
            assertThat(line).contains("content/tips/a.md").contains("content/tips/b.md");
        });
    }

    @Test
    void refusesUnknownKeysWithDidYouMean() {
        MicroSite site = MicroSite.in(dir)
                .tip("a", "title: A\ntitel: B", "x\n")
                .write("content/contests/ve.md", "---\ntitle: Vẽ\nstart: 2025-10-01\ndeadine: 2025-11-30\n---\n");
        site.check().failsWithProblems()
                .reports("content/tips/a.md:3:1", "unknown key 'titel'", "did you mean 'title'")
                .reports("content/contests/ve.md:4:1", "unknown key 'deadine'", "did you mean 'deadline'");
    }

    @Test
    void reportsEveryMistakeOfAFileEvenWhenItCannotBeBuilt() {
        MicroSite site = MicroSite.in(dir)
                .tip("a", "tags: [\"#ban\", {x: y}]\ndraft: có\nimage_alt: ảnh", "x\n")
                .write("content/contests/ve.md", "---\ntitle: Vẽ\nstart: 2025-12-01\ndeadline: 2025-11-01\n"
                        + "register_url: javascript:alert(1)\n---\n");
        site.check().failsWithProblems()
                .reports("content/tips/a.md:", "'title' is required")
                .reports("content/tips/a.md:2:8", "#ban")
                .reports("content/tips/a.md:2:16", "tags")
                .reports("content/tips/a.md:3:8", "draft")
                .reports("content/tips/a.md:4:12", "image_alt")
                .reports("content/contests/ve.md:4:11", "before the start")
                .reports("content/contests/ve.md:5:15", "register_url");
    }

    @Test
    void refusesHtmlAndScriptFilesInContentInsteadOfPublishingThem() {
        MicroSite site = MicroSite.in(dir)
                .write("content/tips/trang.html", "<script>alert(1)</script>")
                .write("content/pages/a.js", "alert(1)")
                .write("content/tips/meo.markdown", "---\ntitle: Mẹo\n---\n")
                .writeBytes("content/tips/anh.png", new byte[] {1, 2, 3});
        site.build().failsWithProblems()
                .reports("content/tips/trang.html:1:1", ".html")
                .reports("content/pages/a.js:1:1", ".js")
                .reports("content/tips/meo.markdown:1:1", ".md");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void keepsDraftWrittenAsYesOutOfTheBuild() {
        MicroSite site = MicroSite.in(dir)
                .tip("nhap-yes", "title: Nháp\ndraft: yes", "x\n")
                .tip("nhap-on", "title: Nháp 2\ndraft: on", "x\n")
                .tip("that", "title: Thật\ndraft: no", "x\n");
        site.build().succeeds();
        assertThat(site.output().resolve("tips/nhap-yes")).doesNotExist();
        assertThat(site.output().resolve("tips/nhap-on")).doesNotExist();
        assertThat(site.output().resolve("tips/that/index.html")).isRegularFile();
    }

    @Test
    void acceptsAnythingUnderExtra() {
        MicroSite site = MicroSite.in(dir).tip("a", """
                title: A
                extra:
                  mau_nen: "#ffcc00"
                  titel: không phải lỗi
                  danh_sach: [1, two, {ba: 3}]
                  nhom:
                    sau:
                      nua: true""", "x\n");
        site.build().succeeds();
    }
}

package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;
import vn.campaignkit.testsite.NuHtmlChecker;

/**
 * Every page kind passes the current Nu HTML Checker (26.5.2) with no error and no warning: the default
 * site; the default site with drafts that use every Markdown feature and every optional key, without a
 * base URL, on a day before, during and after the contests; a folder with only content/ built from the
 * built-in templates; and the stylesheets. The preview's own pages are checked in the serve tests.
 */
class HtmlValidityTest {
    private static final NuHtmlChecker NU = new NuHtmlChecker();
    private static final Set<String> EVERY_KIND = Set.of("page-home", "page-404", "page-tips", "page-tip", "page-quizzes", "page-quiz",
            "page-quiz-print", "page-scenarios", "page-scenario", "page-pledge", "page-contests", "page-contest", "page-hashtags",
            "page-hashtag", "page-schools", "page-province", "page-school", "page-news", "page-post", "page-downloads", "page-frame",
            "page-plain");
    private static final Pattern BODY_CLASS = Pattern.compile("<body class=\"([^\"]*)\"");
    private static final String LOCAL = "http://localhost:8000/";

    @Test
    void theCheckerReportsTheMistakesItIsHereToCatch() {
        String page = "<!DOCTYPE html><html lang=vi><head><title>x</title>"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head>"
                + "<body><p aria-label=\"Hashtag\"><a href=\"/a/\">a</a></p><img src=\"https://cdn.example.org/x.png\" alt=\"\"></body></html>";
        assertThat(NU.html("known", page, LOCAL + "known.html"))
                .anyMatch(m -> m.contains("error: The “aria-label” attribute must not be specified on any “p” element"))
                .anyMatch(m -> m.contains("warning: Resource violates Content Security Policy"));
        assertThat(NU.html("broken", "<!DOCTYPE html><html lang=vi><title>x</title><p><div></span></html>", LOCAL + "broken.html"))
                .anyMatch(m -> m.contains(": error: "));
    }

    @Test
    void everyPageOfTheDefaultSiteIsValidHtml() {
        Path out = BuiltSite.output();
        assertThat(kinds(out)).containsAll(EVERY_KIND);
        assertThat(NU.site(out, BuiltSite.BASE_URL)).isEmpty();
    }

    @Test
    void draftsWithEveryFeatureWithoutABaseUrlAreValidBeforeDuringAndAfterTheContests(@TempDir Path work) throws IOException {
        Path site = work.resolve("site");
        for (String part : List.of("content", "data", "templates", "assets")) {
            copy(BuiltSite.root().resolve(part), site.resolve(part));
        }
        String yaml = BuiltSite.read(BuiltSite.root().resolve("site.yaml"));
        assertThat(yaml).contains("base_url:");
        Files.writeString(site.resolve("site.yaml"), yaml.replaceAll("(?m)^base_url:.*\\n", ""), StandardCharsets.UTF_8);
        // printables carry QR codes to the site, which need a base URL: without one they are a problem, not a page
        deleteTree(site.resolve("content/print"));
        writeDrafts(site);
        // before every contest, the last day of "ve-tranh" (others open), after the campaign
        for (String day : List.of("2025-09-01", "2025-11-15", "2026-01-05")) {
            Path out = work.resolve("out-" + day);
            BuiltSite.Result r = BuiltSite.build(site, out, "--now", day, "--drafts", "--pages-only");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(BuiltSite.read(out.resolve("tips/nhap-moi-tinh-nang/index.html"))).as("the draft is built").contains("<table");
            assertThat(kinds(out)).containsAll(EVERY_KIND);
            assertThat(NU.site(out, LOCAL)).as(day).isEmpty();
        }
    }

    @Test
    void aFolderWithOnlyContentIsValidWithTheBuiltInTemplates(@TempDir Path work) {
        MicroSite site = MicroSite.in(work)
                .tip("mot-meo", "title: Một mẹo\nsummary: Tóm tắt\naudience: [học sinh]\ncategory: Nhận diện\ntags: [antoan]", "Nội dung **đậm**.\n")
                .write("content/posts/tin.md", "---\ntitle: Tin mới\ndate: 2025-10-01\n---\nMột tin.\n")
                .write("content/contests/thi.md", "---\ntitle: Cuộc thi\nstart: 2025-10-01\ndeadline: 2025-10-30\n---\nThể lệ.\n")
                .write("content/schools/ha-noi/truong.md", "---\ntitle: Trường A\nprovince: Hà Nội\n---\nTrường.\n")
                .write("content/hashtags/antoan.md", "---\ntitle: \"#antoan\"\nhashtag: \"#antoan\"\ncaption: Cùng nhau an toàn\n---\nChia sẻ.\n")
                .write("content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nVề chúng tôi.\n");
        MicroSite.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(NU.site(site.output(), LOCAL)).isEmpty();
    }

    @Test
    void theStylesheetsAreValidCss() {
        Path root = BuiltSite.root();
        for (Path css : List.of(root.resolve("assets/css/site.css"), root.resolve("assets/css/play.css"), root.resolve("assets/css/frame-editor.css"),
                root.resolve("src/main/resources/vn/campaignkit/serve/overlay.css"))) {
            assertThat(NU.css(css)).as(css.toString()).isEmpty();
        }
    }

    /** The body classes (one per page kind) of a built site. */
    private static Set<String> kinds(Path out) {
        Set<String> kinds = new TreeSet<>();
        for (Path page : BuiltSite.files(out, ".html")) {
            Matcher m = BODY_CLASS.matcher(BuiltSite.read(page));
            if (m.find()) {
                kinds.addAll(List.of(m.group(1).split(" ")));
            }
        }
        return kinds;
    }

    private static void writeDrafts(Path site) throws IOException {
        write(site, "content/tips/nhap-moi-tinh-nang.md", """
                ---
                title: "Bản nháp dùng mọi định dạng"
                draft: true
                summary: "Tiêu đề, bảng, trích dẫn, danh sách lồng nhau, mã, liên kết và HTML thô."
                audience: [học sinh, phụ huynh, giáo viên]
                category: Nhận diện thủ đoạn
                weight: 5
                tags: [khongmotminh, nhapmoi]
                date: 2025-10-02
                image: /assets/img/logo.svg
                image_alt: "Biểu trưng chiến dịch"
                extra:
                  ghi_chu: "giá trị tự do"
                ---
                Mở đầu với **chữ đậm**, *chữ nghiêng*, `mã`, một [liên kết](../tips/luu-bang-chung.md), [trang](/tips/) và <b>HTML thô</b> <script>alert(1)</script>.

                ## Tiêu đề cấp hai

                ### Tiêu đề cấp ba

                > Một đoạn trích dẫn. #khongmotminh

                1. Bước một
                   - ý nhỏ
                   - ý nhỏ khác
                2. Bước hai

                | Cột A | Cột B |
                |:------|------:|
                | 111   | 113   |

                ```
                khối mã
                ```

                ---

                ![Biểu trưng](/assets/img/logo.svg "Tiêu đề ảnh")
                """);
        write(site, "content/posts/nhap-tin.md", """
                ---
                title: "Tin nháp"
                date: 2025-10-03
                draft: true
                summary: "Một tin chưa đăng."
                tags: [nhapmoi]
                ---
                Nội dung tin nháp.
                """);
        write(site, "content/schools/ha-noi/nhap-truong.md", """
                ---
                title: "Trường nháp đủ mọi khóa"
                province: "Hà Nội"
                district: "Phường Nháp"
                level: "THCS"
                address: "Số 1, đường Nháp"
                website: "https://truong.example.org/"
                fanpage: "https://www.facebook.com/truong.example"
                local_hotline: "0240000000"
                sample: true
                draft: true
                tags: [truonghoc]
                ---
                Trang trường nháp.
                """);
        write(site, "content/pages/nhap-trang.md", """
                ---
                title: "Trang nháp"
                draft: true
                ---
                Một trang nháp.
                """);
    }

    private static void write(Path site, String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void copy(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

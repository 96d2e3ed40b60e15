package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/**
 * A site in Vietnamese and English (issue 15): Vietnamese at the root, English under en/, translations written
 * as x.en.md beside x.md. Every page carries its language and its alternates both ways, the switcher always
 * lands on a page, English pages show no Vietnamese interface text, and each language has its own search index,
 * feed, calendar and sitemap entries.
 */
class TwoLanguageSiteTest {
    @TempDir
    static Path work;
    private static MicroSite site;

    @BeforeAll
    static void build() {
        site = MicroSite.emptyIn(work)
                .write("site.yaml", """
                        title: "Không một mình"
                        tagline: "Cùng nhau an toàn trực tuyến"
                        base_url: "https://example.org/"
                        hashtags: ["#khongmotminh"]
                        campaign:
                          start: 2025-10-06
                          end: 2025-11-30
                        pledge: "Tôi không giữ bí mật."
                        languages:
                          - vi
                          - code: en
                            title: "Not alone"
                            tagline: "Together, safe online"
                            pledge: "I do not keep it a secret."
                        """)
                .write("content/index.md", "---\ntitle: Trang chủ\n---\nXin chào.\n")
                .write("content/index.en.md", "---\ntitle: Home\n---\nHello.\n")
                .tip("khoa-tai-khoan", "title: Khóa tài khoản\naudience: [học sinh]", "Đặt mật khẩu mạnh.\n")
                .tip("khoa-tai-khoan.en", "title: Lock your account\naudience: [học sinh]", "Use a strong password.\n")
                .tip("chi-tieng-viet", "title: Chỉ có tiếng Việt\naudience: [phụ huynh]", "Chưa dịch.\n")
                .write("content/posts/tin.md", "---\ntitle: Phát động\ndate: 2025-10-06\n---\nTin.\n")
                .write("content/posts/tin.en.md", "---\ntitle: Launch\ndate: 2025-10-06\n---\nNews.\n")
                .write("content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nVề chiến dịch.\n")
                .write("content/pages/gioi-thieu.en.md", "---\ntitle: About\n---\nAbout the campaign. Read [a tip](../tips/khoa-tai-khoan.md)"
                        + " and [one in Vietnamese](../tips/chi-tieng-viet.md).\n")
                .write("content/contests/ve-tranh.md", "---\ntitle: Vẽ tranh\nstart: 2025-10-01\ndeadline: 2025-11-15\n---\nThể lệ.\n")
                .write("content/contests/ve-tranh.en.md", "---\ntitle: Drawing\nstart: 2025-10-01\ndeadline: 2025-11-15\n---\nRules.\n")
                .write("content/schools/ha-noi/truong-a.md", "---\ntitle: Trường A\nprovince: Hà Nội\n---\nTrường.\n");
        MicroSite.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void translationsLiveUnderTheLanguageFolderAndUntranslatedPagesAreAbsent() {
        Path out = site.output();
        assertThat(out.resolve("en/tips/khoa-tai-khoan/index.html")).exists();
        assertThat(out.resolve("en/posts/tin/index.html").toFile().exists() || out.resolve("en/news/tin/index.html").toFile().exists()).isTrue();
        assertThat(out.resolve("en/tips/chi-tieng-viet")).doesNotExist();
        assertThat(out.resolve("en/schools")).as("schools stay in the default language").doesNotExist();
        assertThat(site.page("en/tips/khoa-tai-khoan/").select("h1").text()).isEqualTo("Lock your account");
        assertThat(site.page("en/tips/").select(".card__title a").eachText()).containsExactly("Lock your account");
        assertThat(site.page("tips/").select(".card__title a").eachText()).contains("Khóa tài khoản", "Chỉ có tiếng Việt");
    }

    @Test
    void aTranslationLinksToTranslatedPagesAndElseToTheOriginals() {
        Document about = site.page("en/gioi-thieu/");
        Path folder = site.output().resolve("en/gioi-thieu");
        assertThat(folder.resolve(about.select(".prose a").get(0).attr("href")).normalize())
                .isEqualTo(site.output().resolve("en/tips/khoa-tai-khoan/index.html"));
        assertThat(folder.resolve(about.select(".prose a").get(1).attr("href")).normalize())
                .isEqualTo(site.output().resolve("tips/chi-tieng-viet/index.html"));
    }

    @Test
    void everyPageHasItsLanguageAndItsAlternatesBothWays() throws Exception {
        Path out = site.output();
        List<Path> pages = BuiltSite.files(out, ".html").stream().filter(p -> !p.getFileName().toString().equals("404.html")).toList();
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            String rel = out.relativize(page).toString().replace('\\', '/');
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String lang = rel.startsWith("en/") ? "en" : "vi";
            assertThat(doc.selectFirst("html").attr("lang")).as(rel).isEqualTo(lang);
            Map<String, String> alternates = alternates(doc);
            String self = "https://example.org/" + rel.replaceFirst("index\\.html$", "");
            assertThat(alternates).as(rel).containsEntry(lang, self);
            alternates.forEach((code, url) -> {
                Path other = out.resolve(url.substring("https://example.org/".length()) + "index.html");
                assertThat(other).as(rel + " → " + code).exists();
                assertThat(alternates(parse(other))).as("the way back from " + url + " to " + rel).containsEntry(lang, self);
            });
            if (alternates.containsKey("vi")) {
                assertThat(alternates).as(rel).containsEntry("x-default", alternates.get("vi"));
            }
        }
        Map<String, String> tip = alternates(site.page("tips/khoa-tai-khoan/"));
        assertThat(tip).containsEntry("vi", "https://example.org/tips/khoa-tai-khoan/")
                .containsEntry("en", "https://example.org/en/tips/khoa-tai-khoan/")
                .containsEntry("x-default", "https://example.org/tips/khoa-tai-khoan/");
        assertThat(alternates(site.page("tips/chi-tieng-viet/"))).as("an untranslated page has no English alternate")
                .doesNotContainKey("en");
    }

    @Test
    void everySwitcherLinkLandsOnThePageInTheOtherLanguageOrItsHome() throws Exception {
        Path out = site.output();
        for (Path page : BuiltSite.files(out, ".html")) {
            String rel = out.relativize(page).toString().replace('\\', '/');
            if (rel.equals("404.html")) {
                continue;
            }
            List<Element> links = parse(page).select("nav.language-switch a");
            assertThat(links).as(rel).hasSize(1);
            for (Element a : links) {
                Path target = page.getParent().resolve(a.attr("href")).normalize();
                assertThat(target).as(rel + " → " + a.attr("href")).exists();
                assertThat(a.attr("hreflang")).isEqualTo(rel.startsWith("en/") ? "vi" : "en");
            }
        }
        assertThat(site.page("tips/khoa-tai-khoan/").select("nav.language-switch a").attr("href")).isEqualTo("../../en/tips/khoa-tai-khoan/index.html");
        assertThat(site.page("en/tips/khoa-tai-khoan/").select("nav.language-switch a").text()).isEqualTo("Đọc bằng Tiếng Việt");
        assertThat(site.page("tips/chi-tieng-viet/").select("nav.language-switch a").attr("href")).isEqualTo("../../en/index.html");
        assertThat(site.page("schools/ha-noi/truong-a/").select("nav.language-switch a").attr("href")).isEqualTo("../../../en/index.html");
    }

    @Test
    void englishPagesShowNoVietnameseInterfaceText() throws Exception {
        List<String> vietnamese = VietnameseMessages.fragments();
        assertThat(vietnamese).contains("Bỏ qua, đến nội dung chính", "Mẹo an toàn", "Cần giúp đỡ?", "Đường dây trợ giúp");
        List<String> found = new ArrayList<>();
        for (Path page : BuiltSite.files(site.output().resolve("en"), ".html")) {
            String html = Files.readString(page);
            // the one Vietnamese the English pages are meant to hold: the link to the Vietnamese page
            html = html.replaceAll("<a [^>]*lang=\"vi\"[^>]*>[^<]*</a>", "");
            for (String text : vietnamese) {
                if (html.contains(text) || html.contains(org.jsoup.nodes.Entities.escape(text))) {
                    found.add(site.output().relativize(page) + ": " + text);
                }
            }
        }
        for (Path script : BuiltSite.files(site.output().resolve("en/assets/js"), ".js")) {
            String js = Files.readString(script);
            vietnamese.stream().filter(js::contains).forEach(text -> found.add(site.output().relativize(script) + ": " + text));
        }
        assertThat(found).isEmpty();
        Document tip = site.page("en/tips/khoa-tai-khoan/");
        assertThat(tip.select(".skip-link").text()).isEqualTo("Skip to main content");
        assertThat(tip.select(".audience .chip").text()).isEqualTo("students");
    }

    @Test
    void englishPagesLoadEnglishCopiesOfTheScripts() throws Exception {
        Path out = site.output();
        // the scripts' words are written into them at build time: the page carries no texts for them
        for (Path page : BuiltSite.files(out, ".html")) {
            assertThat(Jsoup.parse(Files.readString(page)).select("[data-texts]")).as(out.relativize(page).toString()).isEmpty();
        }
        Map<String, String> english = Map.of("site.js", "\"Closed\"", "search.js", "\"Loading the search data…\"",
                "quiz.js", "\"You have not chosen an answer yet.\"", "pledge.js", "\"DIGITAL SAFETY WALL\"");
        Map<String, String> vietnamese = Map.of("site.js", "\"Đã kết thúc\"", "search.js", "\"Đang tải dữ liệu tìm kiếm…\"",
                "quiz.js", "\"Bạn chưa chọn đáp án nào.\"", "pledge.js", "\"BỨC TƯỜNG AN TOÀN SỐ\"");
        for (String script : english.keySet()) {
            String en = Files.readString(out.resolve("en/assets/js/" + script));
            String vi = Files.readString(out.resolve("assets/js/" + script));
            assertThat(en).as(script).contains(english.get(script)).doesNotContain(vietnamese.get(script)).doesNotContain("«");
            assertThat(vi).as(script).contains(vietnamese.get(script)).doesNotContain(english.get(script)).doesNotContain("«");
        }
        String siteJs = Files.readString(out.resolve("en/assets/js/site.js"));
        assertThat(siteJs).contains("text = \"Opening soon – entries from \" + formatVi(start);",
                "return Number(p[2]) + \" \" + [\"January\", \"February\", \"March\"");
        assertThat(Files.readString(out.resolve("assets/js/site.js"))).contains("return p[2] + \"/\" + p[1] + \"/\" + p[0];");

        assertThat(scriptOf("en/tips/khoa-tai-khoan/", "script[src*=site.js]", "src")).isEqualTo("en/assets/js/site.js");
        assertThat(scriptOf("en/tips/khoa-tai-khoan/", ".js-search", "data-script")).isEqualTo("en/assets/js/search.js");
        assertThat(scriptOf("en/pledge/", "script[src*=pledge.js]", "src")).isEqualTo("en/assets/js/pledge.js");
        assertThat(scriptOf("tips/khoa-tai-khoan/", "script[src*=site.js]", "src")).isEqualTo("assets/js/site.js");
        assertThat(scriptOf("pledge/", "script[src*=pledge.js]", "src")).isEqualTo("assets/js/pledge.js");
        // text-fold.js has no words: one copy for both languages
        assertThat(scriptOf("en/tips/khoa-tai-khoan/", "script[src*=text-fold.js]", "src")).isEqualTo("assets/js/text-fold.js");
        assertThat(out.resolve("en/assets/js/text-fold.js")).doesNotExist();
    }

    /** The site path a page's script link leads to; its {@code ?v=} must be the version of that very file. */
    private static String scriptOf(String page, String selector, String attribute) throws Exception {
        String link = site.page(page).selectFirst(selector).attr(attribute);
        String path = java.net.URI.create("https://x.invalid/" + page).resolve(link.replaceAll("\\?v=.*", "")).getPath().substring(1);
        byte[] bytes = Files.readAllBytes(site.output().resolve(path));
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(link).as(page + " " + selector).endsWith("?v=" + sha.substring(0, 10));
        return path;
    }

    @Test
    void eachLanguageHasItsOwnSearchIndexFeedAndCalendar() throws Exception {
        Path out = site.output();
        String vi = Files.readString(out.resolve("search/index.js"));
        String en = Files.readString(out.resolve("en/search/index.js"));
        List<String> viPaths = paths(vi);
        List<String> enPaths = paths(en);
        assertThat(enPaths).contains("en/tips/khoa-tai-khoan/").allMatch(p -> p.startsWith("en/"));
        assertThat(viPaths).contains("tips/khoa-tai-khoan/", "tips/chi-tieng-viet/").noneMatch(p -> p.startsWith("en/"));
        assertThat(en).contains("Lock your account").doesNotContain("Khóa tài khoản").doesNotContain("Trường A");
        assertThat(searchIndexOf("en/")).isEqualTo(out.resolve("en/search/index.js"));
        assertThat(searchIndexOf("en/tips/khoa-tai-khoan/")).isEqualTo(out.resolve("en/search/index.js"));
        assertThat(searchIndexOf("tips/khoa-tai-khoan/")).isEqualTo(out.resolve("search/index.js"));
        String feed = Files.readString(out.resolve("en/news/atom.xml"));
        assertThat(feed).contains("xml:lang=\"en\"", "<title>Not alone – News</title>", "<title>Launch</title>",
                "https://example.org/en/news/").doesNotContain("Phát động");
        assertThat(Files.readString(out.resolve("news/atom.xml"))).contains("<title>Phát động</title>").doesNotContain("Launch");
        String calendar = Files.readString(out.resolve("en/campaign.ics")).replace("\r\n ", "");
        assertThat(calendar).contains("SUMMARY:Not alone – Together\\, safe online", "URL:https://example.org/en/")
                .doesNotContain("Không một mình");
        String contestCalendar = Files.readString(out.resolve("en/contests/ve-tranh/ve-tranh.ics"));
        assertThat(contestCalendar.replace("\r\n ", "")).contains("Deadline: 15 November 2025");
        assertThat(site.page("en/contests/ve-tranh/").select(".contest-state").text()).isEqualTo("Open for entries – 27 days left");
    }

    @Test
    void theSitemapListsEachPageWithItsAlternates() throws Exception {
        String sitemap = Files.readString(site.output().resolve("sitemap.xml"));
        assertThat(sitemap).contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
                .contains("<url><loc>https://example.org/en/tips/khoa-tai-khoan/</loc>\n"
                        + "    <xhtml:link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.org/tips/khoa-tai-khoan/\"/>\n"
                        + "    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/tips/khoa-tai-khoan/\"/>\n"
                        + "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/tips/khoa-tai-khoan/\"/>\n"
                        + "  </url>")
                .contains("<url><loc>https://example.org/tips/chi-tieng-viet/</loc></url>")
                .doesNotContain("en/tips/chi-tieng-viet");
    }

    @Test
    void aSitesOwnTextReachesItsScriptCopyAndAPlaceTheScriptCannotFillIsAProblem(@TempDir Path tmp) throws Exception {
        MicroSite own = MicroSite.in(tmp)
                .write("site.yaml", "title: Site\nlanguages: [vi, en]\n")
                .write("templates/messages/en.yaml", "contest:\n  closed: \"Entries closed\"\n")
                .write("templates/messages/vi.yaml", "contest:\n  closed: \"Hết hạn nộp bài\"\n");
        MicroSite.Run r = own.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(own.output().resolve("en/assets/js/site.js"))).contains("text = \"Entries closed\";");
        assertThat(Files.readString(own.output().resolve("assets/js/site.js"))).contains("text = \"Hết hạn nộp bài\";");

        own.write("templates/messages/en.yaml", "contest:\n  open: \"{day} days left\"\n")
                .build()
                .failsWithProblems()
                .hasNoStackTrace()
                .reports("(built-in) assets/js/site.js:39:", "the text contest.open of language \"en\" has the place {day}, "
                        + "which the script does not fill here (hint: the script fills {days} in contest.open; correct the text in "
                        + "templates/messages/en.yaml)");
    }

    @Test
    void aMissingMessageFailsWithItsKeyAndFile(@TempDir Path tmp) {
        MicroSite.in(tmp)
                .write("site.yaml", "title: Site\nlanguages: [vi, fr]\n")
                .write("templates/messages/fr.yaml", "nav:\n  menu: \"Menu\"\n")
                .build()
                .failsWithProblems()
                .hasNoStackTrace()
                .reports("templates/messages/fr.yaml:1:1", "the message nav.tips is missing for language \"fr\"")
                .reports("templates/messages/fr.yaml:", "the message search.label is missing for language \"fr\"");
    }

    @Test
    void aLanguageWithoutMessagesIsAProblemNamingTheFileToWrite(@TempDir Path tmp) {
        MicroSite.in(tmp)
                .write("site.yaml", "title: Site\nlanguages: [vi, de]\n")
                .build()
                .failsWithProblems()
                .reports("templates/messages/de.yaml:", "there are no interface texts for language \"de\"");
    }

    /** The index file a page's search box loads. */
    private static Path searchIndexOf(String sitePath) {
        String href = site.page(sitePath).selectFirst(".js-search").attr("data-index");
        assertThat(href).contains("?v=");
        return site.output().resolve(sitePath).resolve(href.substring(0, href.indexOf('?'))).normalize();
    }

    private static Map<String, String> alternates(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element link : doc.select("head link[rel=alternate][hreflang]")) {
            out.put(link.attr("hreflang"), link.attr("href"));
        }
        return out;
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> paths(String index) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\[\"[a-z]+\",\"[^\"]*\",\"([^\"]*)\"").matcher(index);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

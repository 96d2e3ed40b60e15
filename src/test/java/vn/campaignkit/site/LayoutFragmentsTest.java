package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The layout's header and footer are rendered once per depth and kind (TemplateEngine.Fragments) and replayed: every
 * page must still get the navigation item of its own section marked, and links that resolve from its own
 * folder.
 */
class LayoutFragmentsTest {
    /** The menu item of each section folder; home and the frame editors belong to no menu item. */
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("tips/", "Mẹo an toàn"), Map.entry("schools/", "Trường tham gia"),
            Map.entry("contests/", "Cuộc thi"), Map.entry("news/", "Tin tức"), Map.entry("hashtags/", "Hashtag"),
            Map.entry("downloads/", "Tải về"), Map.entry("quizzes/", "Câu đố"), Map.entry("scenarios/", "Nhập vai"),
            Map.entry("pledge/", "Cam kết"), Map.entry("frames/", "Tải về"), Map.entry("gioi-thieu/", "Giới thiệu chiến dịch"),
            Map.entry("tai-nguyen/", "Tài nguyên và nơi trợ giúp"));
    /** The same in the English part of the site (en/, issue 15); a plain page's menu item is its title. */
    private static final Map<String, String> ENGLISH_SECTIONS = Map.ofEntries(
            Map.entry("tips/", "Safety tips"), Map.entry("contests/", "Contests"), Map.entry("news/", "News"),
            Map.entry("hashtags/", "Hashtags"), Map.entry("downloads/", "Downloads"), Map.entry("quizzes/", "Quizzes"),
            Map.entry("scenarios/", "Role-play"), Map.entry("pledge/", "Pledge"), Map.entry("frames/", "Downloads"));

    @Test
    void everyPageMarksItsOwnSectionAndItsHeaderLinksResolveFromItsFolder() throws IOException {
        Path out = BuiltSite.output();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(100);
        for (Path page : pages) {
            String rel = out.relativize(page).toString().replace('\\', '/');
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            List<String> current = doc.select(".site-nav a[aria-current=page]").eachText();
            String expected = rel.startsWith("en/") ? expectedEnglishSection(rel.substring(3), doc) : expectedSection(rel);
            if (expected == null) {
                assertThat(current).as(rel).isEmpty();
            } else {
                assertThat(current).as(rel).containsExactly(expected);
            }
            for (Element a : doc.select(".site-header a[href], .site-footer a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("tel:") || href.startsWith("#") || href.startsWith("http")) {
                    continue;
                }
                Path target = page.getParent().resolve(href.replaceAll("[?#].*$", "")).normalize();
                assertThat(target).as(rel + " → " + href).exists();
            }
        }
    }

    private static String expectedEnglishSection(String rel, Document doc) {
        int slash = rel.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String section = ENGLISH_SECTIONS.get(rel.substring(0, slash + 1));
        return section != null || !doc.body().hasClass("page-plain") ? section : doc.selectFirst("h1").text();
    }

    private static String expectedSection(String rel) {
        int slash = rel.indexOf('/');
        return slash < 0 ? null : SECTIONS.get(rel.substring(0, slash + 1));
    }
}

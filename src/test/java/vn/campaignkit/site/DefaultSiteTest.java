package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The default site as visitors get it: pages, links, hotline, CSP, no third parties, weights. */
class DefaultSiteTest {
    private final Path out = BuiltSite.output();

    private Document page(String path) {
        return Jsoup.parse(BuiltSite.read(out.resolve(path)), "");
    }

    @Test
    void hasEveryKindOfPage() {
        for (String path : List.of("index.html", "tips/index.html", "tips/canh-giac-cuoc-goi-gia-danh-cong-an/index.html",
                "hashtags/index.html", "hashtags/khongmotminh/index.html", "hashtags/antoantructuyen/index.html",
                "hashtags/niemtinso/index.html", "contests/index.html", "contests/ve-tranh/index.html",
                "contests/ve-tranh/ve-tranh.ics", "campaign.ics", "schools/index.html", "schools/ha-noi/index.html",
                "news/index.html", "news/atom.xml", "gioi-thieu/index.html", "tai-nguyen/index.html", "downloads/index.html",
                "404.html", "sitemap.xml", "robots.txt")) {
            assertThat(out.resolve(path)).as(path).isRegularFile();
        }
        assertThat(BuiltSite.files(out.resolve("tips"), "index.html")).hasSizeGreaterThanOrEqualTo(16);
        assertThat(BuiltSite.files(out.resolve("contests"), ".ics")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyPageIsVietnameseShowsHotline111AndCarriesTheStrictCsp() {
        SiteChecks.everyPageIsVietnameseShowsHotline111AndCarriesTheStrictCsp(out);
    }

    @Test
    void pagesRequestNothingFromOtherSites() {
        SiteChecks.pagesRequestNothingFromOtherSites(out);
    }

    @Test
    void everyRelativeLinkResolvesToAFileOfTheSite() {
        SiteChecks.everyRelativeLinkResolvesToAFileOfTheSite(out);
    }

    @Test
    void pagesStayWithinTheirWeightBudgets() {
        SiteChecks.pagesStayWithinTheirWeightBudgets(out);
    }

    @Test
    void schoolPagesFromFilesAndCsvAreMarkedAsSamples() {
        List<Path> schools = BuiltSite.files(out.resolve("schools"), "index.html").stream()
                .filter(p -> out.resolve("schools").relativize(p).getNameCount() == 3).toList();
        assertThat(schools).hasSizeGreaterThanOrEqualTo(30);
        for (Path school : schools) {
            assertThat(Jsoup.parse(BuiltSite.read(school), "").select(".badge--sample").text()).contains("Trang mẫu");
        }
        Document directory = page("schools/index.html");
        assertThat(directory.select(".province-group")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(directory.select(".js-filter-item[data-search*=le loi]")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void contestStatesAreComputedForTheBuildDay() {
        Document contest = page("contests/ve-tranh/index.html");
        Element state = contest.selectFirst(".js-contest-state");
        assertThat(state.attr("data-deadline")).isEqualTo("2025-11-15");
        assertThat(state.text()).isEqualTo("Đang nhận bài – còn 27 ngày");
    }

    @Test
    void hashtagWordsInBodiesLinkToTheirPages() {
        Document home = page("index.html");
        assertThat(home.select(".prose a.hashtag[href=hashtags/khongmotminh/index.html]")).isNotEmpty();
    }

    @Test
    void hashtagPagesOfferACaptionAndShareButtons() {
        Document doc = page("hashtags/khongmotminh/index.html");
        assertThat(doc.selectFirst("textarea.js-caption").text()).contains("#khongmotminh #antoantructuyen #niemtinso");
        assertThat(doc.select(".js-share-facebook").attr("href")).startsWith("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2F");
        assertThat(doc.select(".js-share-messenger, .js-share-zalo, .js-share-native")).hasSize(3);
    }

    @Test
    void calendarsFollowRfc5545() throws IOException {
        byte[] bytes = Files.readAllBytes(out.resolve("contests/ve-tranh/ve-tranh.ics"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("UID:", "DTSTAMP:20251020T000000Z",
                "DTSTART;VALUE=DATE:", "DTEND;VALUE=DATE:20251116");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void sitemapFeedAndRobotsUseAbsoluteUrls() {
        assertThat(BuiltSite.read(out.resolve("sitemap.xml"))).contains("<loc>" + BuiltSite.BASE_URL + "tips/</loc>")
                .doesNotContain("404.html");
        assertThat(BuiltSite.read(out.resolve("robots.txt"))).contains("Sitemap: " + BuiltSite.BASE_URL + "sitemap.xml");
        org.jsoup.nodes.Document feed = Jsoup.parse(BuiltSite.read(out.resolve("news/atom.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.select("entry")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(feed.select("entry > link").attr("href")).startsWith(BuiltSite.BASE_URL + "news/");
    }
}

package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.Body;
import vn.campaignkit.model.PageInfo;
import vn.campaignkit.model.Post;
import vn.campaignkit.model.Route;
import vn.campaignkit.model.Slug;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SiteConfigReader;

/**
 * The news feed is well-formed XML and valid Atom (RFC 4287) with or without a base URL, whatever the titles
 * contain; the sitemap and robots.txt name absolute URLs.
 */
class FeedWriterTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = "https://khongmotminh.example.org/";

    private static SiteConfig config(Optional<String> baseUrl) {
        Problems problems = new Problems();
        SiteConfig config = new SiteConfigReader().read(Optional.empty(), baseUrl, problems);
        assertThat(problems.sorted()).isEmpty();
        return config;
    }

    private static Post post(String slug, String title, Optional<String> summary, String date) {
        PageInfo info = new PageInfo("content/posts/" + slug + ".md", 1, new Slug(slug), Route.of("news", slug), title, summary,
                List.of(), false, Optional.empty(), Body.EMPTY, Map.of());
        return new Post(info, LocalDate.parse(date));
    }

    /** Posts newest first, as the model orders them. */
    private static final List<Post> POSTS = List.of(
            post("tong-ket", "Tổng kết đợt cao điểm", Optional.of("Hơn 6.100 trường đã tham gia."), "2025-11-30"),
            post("phat-dong", "Phát động chiến dịch", Optional.empty(), "2025-10-06"));

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("exactly one atom:" + name + " in atom:" + parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static List<String> alternates(Element parent) {
        return children(parent, "link").stream().filter(l -> l.getAttribute("rel").equals("alternate"))
                .map(l -> l.getAttribute("href")).toList();
    }

    /** RFC 4287 §4.1.1 and §4.1.2: what every feed and every entry without atom:content must carry. */
    private static void assertValidAtom(Element feed) {
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(only(feed, "id")).isNotBlank();
        assertThat(only(feed, "title")).isNotBlank();
        assertThat(only(feed, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(children(feed, "author")).hasSize(1);
        for (Element entry : children(feed, "entry")) {
            assertThat(only(entry, "id")).matches("[a-z][a-z0-9+.-]*:.+");
            assertThat(only(entry, "title")).isNotBlank();
            assertThat(only(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
            assertThat(children(entry, "content")).isEmpty();
            assertThat(alternates(entry)).as("an entry without content needs an alternate link").hasSize(1);
        }
    }

    @Test
    void withABaseUrlEveryLinkAndIdIsAbsolute() throws Exception {
        Element feed = parse(FeedWriter.atom(config(Optional.of(BASE)), POSTS, "news/atom.xml", LocalDate.of(2025, 12, 1)))
                .getDocumentElement();
        assertValidAtom(feed);
        assertThat(only(feed, "id")).isEqualTo(BASE + "news/");
        assertThat(only(feed, "updated")).isEqualTo("2025-11-30T00:00:00Z");
        assertThat(children(feed, "link")).filteredOn(l -> l.getAttribute("rel").equals("self"))
                .singleElement().satisfies(l -> assertThat(l.getAttribute("href")).isEqualTo(BASE + "news/atom.xml"));
        List<Element> entries = children(feed, "entry");
        assertThat(entries).extracting(e -> only(e, "id"))
                .containsExactly(BASE + "news/tong-ket/", BASE + "news/phat-dong/");
        assertThat(entries).extracting(e -> alternates(e).get(0))
                .containsExactly(BASE + "news/tong-ket/", BASE + "news/phat-dong/");
        assertThat(entries).extracting(e -> only(e, "summary"))
                .containsExactly("Hơn 6.100 trường đã tham gia.", "Phát động chiến dịch");
    }

    @Test
    void withoutABaseUrlEntriesLinkRelativeToTheFeedAndHaveUrnIds() throws Exception {
        Element feed = parse(FeedWriter.atom(config(Optional.empty()), POSTS, "news/atom.xml", LocalDate.of(2025, 12, 1)))
                .getDocumentElement();
        assertValidAtom(feed);
        assertThat(children(feed, "link")).noneMatch(l -> l.getAttribute("rel").equals("self"));
        assertThat(alternates(feed)).containsExactly("../news/index.html");
        List<Element> entries = children(feed, "entry");
        assertThat(entries).extracting(e -> alternates(e).get(0))
                .containsExactly("../news/tong-ket/index.html", "../news/phat-dong/index.html");
        assertThat(entries).extracting(e -> only(e, "id")).containsExactly(
                "urn:campaignkit:chien-dich-an-toan-truc-tuyen:news:tong-ket",
                "urn:campaignkit:chien-dich-an-toan-truc-tuyen:news:phat-dong");
    }

    @Test
    void withoutPostsTheFeedIsUpdatedOnTheBuildDay() throws Exception {
        Element feed = parse(FeedWriter.atom(config(Optional.empty()), List.of(), "news/atom.xml", LocalDate.of(2025, 12, 1)))
                .getDocumentElement();
        assertValidAtom(feed);
        assertThat(only(feed, "updated")).isEqualTo("2025-12-01T00:00:00Z");
        assertThat(children(feed, "entry")).isEmpty();
    }

    @Test
    void markupInTitlesIsTextAndCharactersXmlForbidsAreDropped() throws Exception {
        String title = "Tin <b>nóng</b> & \"mới\" ]]> <!-- ghi chú --> \u0007chuông\uFFFE 😀";
        byte[] xml = FeedWriter.atom(config(Optional.empty()), List.of(post("tin", title, Optional.empty(), "2025-10-20")),
                "news/atom.xml", LocalDate.of(2025, 12, 1));
        Element entry = children(parse(xml).getDocumentElement(), "entry").get(0);
        assertThat(only(entry, "title")).isEqualTo("Tin <b>nóng</b> & \"mới\" ]]> <!-- ghi chú --> chuông 😀");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<title>Tin &lt;b&gt;nóng&lt;/b&gt; &amp; &quot;mới&quot;");
    }

    @Test
    void sitemapAndRobotsNameAbsoluteUrls() throws Exception {
        Document sitemap = parse(FeedWriter.sitemap(BASE, List.of("", "tips/", "tips/a&b/")));
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(urls).containsExactly(BASE, BASE + "tips/", BASE + "tips/a&b/");
        assertThat(new String(FeedWriter.robots(BASE), StandardCharsets.UTF_8))
                .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://khongmotminh.example.org/sitemap.xml\n");
    }
}

package vn.campaignkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import vn.campaignkit.site.BuiltSite;

/**
 * A site with more than a thousand pages in a language (issue 14: 6,100 schools) links its search index without a
 * version, so one renamed school rewrites its own few pages instead of every page; {@code search/index-version.js},
 * asked afresh when a search starts, names the index of the latest build. A small site keeps the version in its links.
 */
class SearchOnBigSiteTest {
    private static final String[] PROVINCES = {"Thanh Hóa", "Cần Thơ", "Hà Nội", "Đà Nẵng"};

    @Test
    void oneRenamedSchoolRewritesItsOwnPagesAndTheSearchFindsTheNewName(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        BuiltSite.copyDefaultSite(site);
        StringBuilder csv = new StringBuilder("title,province,level\n");
        for (int i = 1; i <= 1100; i++) {
            csv.append("Trường THCS Thử Nghiệm Số ").append(i).append(',').append(PROVINCES[i % PROVINCES.length]).append(",THCS\n");
        }
        Files.writeString(site.resolve("data/schools.csv"), csv, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        BuiltSite.Result first = BuiltSite.build(site, out, "--now", BuiltSite.NOW, "--pages-only", "--quiet");
        assertThat(first.exit()).as(first.err()).isZero();

        Element box = Jsoup.parse(out.resolve("tips/index.html").toFile(), "UTF-8").selectFirst(".js-search");
        assertThat(box.attr("data-index")).isEqualTo("../search/index.js");
        assertThat(box.attr("data-index-version")).isEqualTo("../search/index-version.js");
        String version = versionIn(out);
        assertThat(BuiltSite.read(out.resolve("search/index.js"))).contains("Trường THCS Thử Nghiệm Số 517");
        Element english = Jsoup.parse(out.resolve("en/tips/index.html").toFile(), "UTF-8").selectFirst(".js-search");
        assertThat(english.attr("data-index")).as("the English pages are few: their links keep the version").startsWith("../../en/search/index.js?v=");
        assertThat(english.hasAttr("data-index-version")).isFalse();

        Map<String, Object> before = pages(out);
        assertThat(before).hasSizeGreaterThan(1100);
        Files.writeString(site.resolve("data/schools.csv"), csv.toString().replace("Số 517,", "Hoa Sen 517,"), StandardCharsets.UTF_8);
        BuiltSite.Result second = BuiltSite.build(site, out, "--now", BuiltSite.NOW, "--pages-only", "--quiet");
        assertThat(second.exit()).as(second.err()).isZero();
        Map<String, Object> after = pages(out);
        List<String> rewritten = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).toList();
        // the school's page (new path), its province and the two directories that list it by name
        assertThat(rewritten).as("pages written anew").hasSizeLessThanOrEqualTo(4)
                .anyMatch(p -> p.contains("hoa-sen-517")).doesNotContain("tips/index.html", "index.html");
        assertThat(versionIn(out)).isNotEqualTo(version);

        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve("tips/index.html"));
            List<String> found = browser.search("hoa sen 517", "Có.*").stream().map(WebElement::getText).toList();
            assertThat(found).anyMatch(t -> t.startsWith("Trường THCS Thử Nghiệm Hoa Sen 517"));
            assertThat(browser.requests()).anyMatch(url -> url.matches("file:.*/search/index-version\\.js\\?t=\\d+"))
                    .anyMatch(url -> url.endsWith("/search/index.js?v=" + versionIn(out)));
            assertThat(browser.console()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused"));
        }
    }

    private static String versionIn(Path out) {
        String script = BuiltSite.read(out.resolve("search/index-version.js"));
        assertThat(script).matches("campaignSearchIndexVersion\\(\"[0-9a-zA-Z_-]{10}\"\\);\n");
        return script.substring(script.indexOf('"') + 1, script.lastIndexOf('"'));
    }

    /** Every page's file identity (inode): a page linked to the previous build's file keeps it. */
    private static Map<String, Object> pages(Path out) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        for (Path p : BuiltSite.files(out, ".html")) {
            keys.put(out.relativize(p).toString().replace('\\', '/'),
                    Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey());
        }
        return keys;
    }

}

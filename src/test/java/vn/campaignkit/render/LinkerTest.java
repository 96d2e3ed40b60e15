package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links from a page are relative to its folder (so the site works under any sub-path and from file://); the 404 page's are absolute. */
class LinkerTest {
    private static final Map<String, String> VERSIONS = Map.of("assets/css/site.css", "3f2a1b4c5d");

    @Test
    void linksFromTheHomePage() {
        Linker home = new Linker("", VERSIONS);
        assertThat(home.to("")).isEqualTo("index.html");
        assertThat(home.to("/")).isEqualTo("index.html");
        assertThat(home.to("tips/")).isEqualTo("tips/index.html");
        assertThat(home.to("/tips/luu-bang-chung/")).isEqualTo("tips/luu-bang-chung/index.html");
        assertThat(home.to("news/atom.xml")).isEqualTo("news/atom.xml");
        assertThat(home.asset("assets/css/site.css")).isEqualTo("assets/css/site.css?v=3f2a1b4c5d");
        assertThat(home.root()).isEmpty();
    }

    @Test
    void linksFromAPageOneFolderDown() {
        Linker tips = new Linker("tips/", VERSIONS);
        assertThat(tips.to("")).isEqualTo("../index.html");
        assertThat(tips.to("tips/")).isEqualTo("../tips/index.html");
        assertThat(tips.to("contests/ve-tranh/ve-tranh.ics")).isEqualTo("../contests/ve-tranh/ve-tranh.ics");
        assertThat(tips.asset("/assets/css/site.css")).isEqualTo("../assets/css/site.css?v=3f2a1b4c5d");
        assertThat(tips.asset("assets/img/logo.svg")).as("an asset without a version").isEqualTo("../assets/img/logo.svg");
        assertThat(tips.root()).isEqualTo("../");
    }

    @Test
    void linksFromASchoolPageThreeFoldersDown() {
        Linker school = new Linker("schools/ha-noi/truong-thcs-le-loi/", VERSIONS);
        assertThat(school.to("")).isEqualTo("../../../index.html");
        assertThat(school.to("schools/ha-noi/")).isEqualTo("../../../schools/ha-noi/index.html");
        assertThat(school.asset("assets/css/site.css")).isEqualTo("../../../assets/css/site.css?v=3f2a1b4c5d");
        assertThat(school.root()).isEqualTo("../../../");
    }

    @Test
    void leavesWebMailPhoneAndInPageLinksAlone() {
        Linker tips = new Linker("tips/", VERSIONS);
        for (String url : new String[] {"https://vnexpress.net/", "http://example.org/a?b=1", "mailto:lienhe@example.vn", "tel:111", "#noi-dung"}) {
            assertThat(tips.to(url)).isEqualTo(url);
        }
    }

    @Test
    void theNotFoundPageLinksAbsolutelyUnderTheBaseUrlSinceItIsServedAtAnyDepth() {
        Linker notFound = new Linker("", VERSIONS).absoluteFrom("https://truong.edu.vn/khongmotminh/");
        assertThat(notFound.to("")).isEqualTo("https://truong.edu.vn/khongmotminh/index.html");
        assertThat(notFound.to("tips/")).isEqualTo("https://truong.edu.vn/khongmotminh/tips/index.html");
        assertThat(notFound.asset("assets/css/site.css")).isEqualTo("https://truong.edu.vn/khongmotminh/assets/css/site.css?v=3f2a1b4c5d");
        assertThat(notFound.to("tel:111")).isEqualTo("tel:111");
    }

    @Test
    void pagesShareRenderedFragmentsOnlyWhenTheirLinksAreTheSame() {
        assertThat(new Linker("tips/a/", VERSIONS).key()).isEqualTo(new Linker("news/b/", VERSIONS).key());
        assertThat(new Linker("tips/", VERSIONS).key()).isNotEqualTo(new Linker("tips/a/", VERSIONS).key());
        assertThat(new Linker("", VERSIONS).absoluteFrom("https://a.vn/").key()).isNotEqualTo(new Linker("", VERSIONS).key());
    }
}

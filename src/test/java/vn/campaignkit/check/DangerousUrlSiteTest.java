package vn.campaignkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaignkit.testsite.MicroSite;

/**
 * Links and URL fields accept only http, https, mailto and site paths — also when the scheme hides behind
 * character references, mixed case, tabs or control characters — and every bad one is reported at its line.
 */
class DangerousUrlSiteTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)",
        "data:text/html,<b>x</b>", "java&#x73;cript:alert(1)", "&#106;avascript:alert(1)",
        "jav&Tab;ascript:alert(1)", "&#0000106;avascript:alert(1)", "javascript&colon;alert(1)",
        "&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)", "jav&#x09;ascript:alert(1)",
        "java&NewLine;script:alert(1)", "file:///etc/passwd", "//evil.example/x"})
    void refusesSchemeInMarkdownLinkAtItsLine(String url) {
        MicroSite site = MicroSite.in(dir).tip("a", "title: a", "Dòng đầu.\n\nXem [ở đây](" + url + ").\n");
        site.build().failsWithProblems().reports("content/tips/a.md:6:5", "not allowed");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void refusesSchemesInImagesReferencesAndAutolinks() {
        MicroSite site = MicroSite.in(dir).tip("a", "title: a", """
                ![ảnh](javascript:alert(1))
                [tham chiếu][xấu]
                <javascript:alert(2)>
                [khoảng trắng](   javascript:alert(3))
                ![ảnh tham chiếu][anh]

                [xấu]: JAVASCRIPT:alert(4)
                [anh]: vbscript:x
                """);
        site.check().failsWithProblems()
                .reports("content/tips/a.md:4:1", "image", "javascript:alert(1)")
                .reports("content/tips/a.md:5:1", "JAVASCRIPT:alert(4)")
                .reports("content/tips/a.md:6:1", "javascript:alert(2)")
                .reports("content/tips/a.md:7:1", "javascript:alert(3)")
                .reports("content/tips/a.md:8:1", "image", "vbscript:x");
    }

    @Test
    void reportsEveryLineWithTheSameBadUrl() {
        MicroSite site = MicroSite.in(dir).tip("a", "title: a", """
                [một](javascript:alert(1))
                [hai](javascript:alert(1))
                [ba](&#106;avascript:alert(1))
                """);
        site.check().failsWithProblems()
                .reports("content/tips/a.md:4:1", "not allowed")
                .reports("content/tips/a.md:5:1", "not allowed")
                .reports("content/tips/a.md:6:1", "not allowed");
    }

    @Test
    void refusesSchemesInFrontMatterUrlFields() {
        MicroSite site = MicroSite.in(dir)
                .write("content/contests/ve.md", "---\ntitle: Vẽ tranh\nstart: 2025-10-01\ndeadline: 2025-11-30\n"
                        + "register_url: \"JaVaScRiPt:alert(1)\"\n---\nThể lệ.\n")
                .write("content/schools/ha-noi/a.md", "---\ntitle: Trường A\nprovince: Hà Nội\n"
                        + "website: \"java\\tscript:alert(1)\"\nfanpage: \"&#106;avascript:alert(1)\"\n---\n")
                .write("content/schools/ha-noi/b.md", "---\ntitle: Trường B\nprovince: Hà Nội\n"
                        + "website: \"data:text/html,x\"\nfanpage: \" \\x01javascript:alert(1)\"\n---\n");
        site.check().failsWithProblems()
                .reports("content/contests/ve.md:5:15", "register_url")
                .reports("content/schools/ha-noi/a.md:4:10", "website")
                .reports("content/schools/ha-noi/a.md:5:10", "fanpage")
                .reports("content/schools/ha-noi/b.md:4:10", "website")
                .reports("content/schools/ha-noi/b.md:5:10", "fanpage");
    }

    @Test
    void requiresWebAddressForSchoolWebsiteAndFanpage() {
        MicroSite site = MicroSite.in(dir)
                .write("content/schools/ha-noi/a.md", "---\ntitle: Trường A\nprovince: Hà Nội\n"
                        + "website: /khong-co/\nfanpage: mailto:a@b.vn\n---\n")
                .write("data/schools.csv", "title,province,website\nTrường B,Hà Nội,/tips/\n");
        site.check().failsWithProblems()
                .reports("content/schools/ha-noi/a.md:4:10", "website", "not a web address")
                .reports("content/schools/ha-noi/a.md:5:10", "fanpage", "not a web address")
                .reports("data/schools.csv:2:", "website");
    }

    @Test
    void acceptsHttpHttpsMailtoAndSitePaths() {
        MicroSite site = MicroSite.in(dir).tip("a", "title: a",
                "[web](https://vnexpress.net/) [cũ](http://example.org/a?b=1&c=2) [thư](mailto:lienhe@example.vn) [mẹo](/tips/)\n")
                .write("content/contests/ve.md", "---\ntitle: Vẽ tranh\nstart: 2025-10-01\ndeadline: 2025-11-30\n"
                        + "register_url: https://forms.example.vn/dang-ky\n---\nThể lệ.\n");
        site.build().succeeds();
        assertThat(site.page("tips/a/").select(".prose a").eachAttr("href"))
                .containsExactly("https://vnexpress.net/", "http://example.org/a?b=1&c=2", "mailto:lienhe@example.vn",
                        "../../tips/index.html");
    }
}

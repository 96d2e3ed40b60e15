package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestPathGuardTest {

    @Test
    void mapsFoldersToTheirIndexPage() {
        assertThat(RequestPathGuard.outputPath("/")).contains("index.html");
        assertThat(RequestPathGuard.outputPath("/tips/canh-giac/")).contains("tips/canh-giac/index.html");
        assertThat(RequestPathGuard.outputPath("/css/site.css")).contains("css/site.css");
    }

    @Test
    void decodesVietnameseFileNamesToNfc() {
        assertThat(RequestPathGuard.outputPath("/t%E1%BA%A3i/")).contains("tải/index.html");
        assertThat(RequestPathGuard.outputPath("/ta%CC%89i/")).contains("tải/index.html");
    }

    @Test
    void refusesEscapesInEveryEncoding() {
        for (String path : new String[] {"/..", "/a/../b", "/%2e%2e/x", "/.%2E/x", "/a%2fb", "/a%5cb", "/%252e%252e/",
            "//x", "/a//b", "/C:/x", "/x%00", "/%c0%ae%c0%ae/", "relative", "", "/a\\b", "/%e1%ba"}) {
            assertThat(RequestPathGuard.outputPath(path)).as(path).isEmpty();
        }
        assertThat(RequestPathGuard.outputPath(null)).isEmpty();
        assertThat(RequestPathGuard.outputPath("/" + "a".repeat(3000))).isEmpty();
    }
}

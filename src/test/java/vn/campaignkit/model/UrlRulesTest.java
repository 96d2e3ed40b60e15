package vn.campaignkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:x", "data:text/html;base64,PHNjcmlwdD4=",
        "java&#x73;cript:alert(1)", "&#106;avascript:alert(1)", "jav&Tab;ascript:x", "jav\tascript:x", "java\nscript:x",
        " \u0001javascript:x", "\u200bjavascript:x", "javascript&colon;x", "&#x6A;&#x61;vascript:x", "&amp;#106;avascript:x",
        "java&#115;cript:x", "file:///etc/passwd", "//evil.example/", "\\\\evil\\share", "/\\evil.example", "tel:111",
        "ftp://example.org/"})
    void forbidsEverythingButHttpHttpsMailtoAndSitePaths(String url) {
        assertThat(UrlRules.classify(url)).isEqualTo(UrlRules.Kind.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", "HTTP://example.org/", "mailto:a@b.vn"})
    void allowsWebAddressesAndMail(String url) {
        assertThat(UrlRules.classify(url)).isEqualTo(UrlRules.Kind.EXTERNAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tips/", "other.md", "../tips/x.md", "#tren", "anh.png", "/assets/a.png?v=1"})
    void treatsPathsAsSitePaths(String url) {
        assertThat(UrlRules.classify(url)).isEqualTo(UrlRules.Kind.SITE);
    }
}

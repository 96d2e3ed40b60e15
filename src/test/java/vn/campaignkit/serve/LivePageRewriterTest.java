package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LivePageRewriterTest {

    private static Document rewritten(String html) {
        byte[] out = LivePageRewriter.rewrite(html.getBytes(StandardCharsets.UTF_8), "tips/x/index.html", 7);
        return Jsoup.parse(new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void opensOnlyTheEventStreamInTheSitePolicy() {
        Document page = rewritten(new String(FakeSiteBuild.page("t", "b"), StandardCharsets.UTF_8));
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).isEqualTo("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                + "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'");
    }

    @Test
    void addsTheReloadScriptAsAFileBeforeTheEndOfHead() {
        Document page = rewritten("<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>");
        var script = page.head().selectFirst("script");
        assertThat(script.attr("src")).isEqualTo("/__campaignkit/reload.js");
        assertThat(script.attr("data-ck-version")).isEqualTo("7");
        assertThat(script.attr("data-ck-page")).isEqualTo("tips/x/index.html");
        assertThat(script.data()).isEmpty();
    }

    @Test
    void readsPoliciesWrittenWithCharacterReferencesOrSingleQuotes() {
        Document page = rewritten("<html><head><meta content='default-src &#39;none&#39;' http-equiv='content-security-policy'></head></html>");
        assertThat(page.selectFirst("meta").attr("content"))
                .isEqualTo("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'");
    }

    @Test
    void replacesNoneAndKeepsOtherSources() {
        assertThat(LivePageRewriter.relax("script-src 'none'; connect-src https://api.example; style-src 'self' 'unsafe-inline'"))
                .isEqualTo("script-src 'self'; connect-src https://api.example 'self'; style-src 'self' 'unsafe-inline'");
    }

    @Test
    void leavesPagesWithoutPolicyOpenAsTheyWere() {
        Document page = rewritten("<p>no head at all</p>");
        assertThat(page.select("meta")).isEmpty();
        assertThat(page.select("script[src=/__campaignkit/reload.js]")).hasSize(1);
    }
}

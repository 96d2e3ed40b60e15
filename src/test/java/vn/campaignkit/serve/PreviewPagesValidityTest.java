package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.site.BuiltSite;
import vn.campaignkit.testsite.NuHtmlChecker;

/**
 * The pages the preview serves pass the Nu HTML Checker as the browser gets them: every page of the default
 * site with the reload script and the loosened policy, the site's 404 page answering an unknown address, and
 * the page shown while the site has never built. (The problems overlay, made in the browser, is checked in
 * {@link BrowserLiveReloadTest}.)
 */
class PreviewPagesValidityTest {
    private static final String PREVIEW = "http://localhost:8820/";

    @Test
    void everyPreviewedPageOfTheDefaultSiteIsValid(@TempDir Path work) throws Exception {
        Path out = work.resolve("out");
        BuiltSite.Result r = BuiltSite.build(BuiltSite.root(), out, "--now", BuiltSite.NOW, "--base-url", PREVIEW, "--pages-only");
        assertThat(r.exit()).as(r.err()).isZero();
        NuHtmlChecker nu = new NuHtmlChecker();
        List<String> found = new ArrayList<>();
        List<Path> pages = BuiltSite.files(out, ".html");
        assertThat(pages).hasSizeGreaterThan(100);
        for (Path page : pages) {
            String rel = out.relativize(page).toString().replace('\\', '/');
            byte[] served = LivePageRewriter.rewrite(Files.readAllBytes(page), rel, 7);
            assertThat(new String(served, java.nio.charset.StandardCharsets.UTF_8)).contains("/__campaignkit/reload.js");
            found.addAll(nu.html(rel, served, PREVIEW + rel));
        }
        byte[] notFound = LivePageRewriter.rewrite(Files.readAllBytes(out.resolve("404.html")), "tips/no-such-tip/index.html", 7);
        found.addAll(nu.html("404 for tips/no-such-tip/", notFound, PREVIEW + "tips/no-such-tip/"));
        assertThat(found).isEmpty();
    }

    @Test
    void thePageShownBeforeTheFirstSuccessfulBuildIsValid() {
        NuHtmlChecker nu = new NuHtmlChecker();
        assertThat(nu.html("waiting", PreviewTools.waitingPage("tips/index.html"), PREVIEW + "tips/")).isEmpty();
    }
}

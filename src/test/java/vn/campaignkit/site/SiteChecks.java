package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every built site must pass, the default site and a school's edition alike: Vietnamese pages with the 111
 * hotline and the strict CSP, nothing requested from other sites, every relative link resolving to a file of the
 * output (from file:// or any sub-path), and the page-weight budgets.
 */
final class SiteChecks {
    private SiteChecks() {
    }

    static void everyPageIsVietnameseShowsHotline111AndCarriesTheStrictCsp(Path out) {
        for (Path file : BuiltSite.files(out, ".html")) {
            Document doc = Jsoup.parse(BuiltSite.read(file), "");
            String where = out.relativize(file).toString();
            // the default site is Vietnamese, with its English pages under en/ (issue 15)
            assertThat(doc.selectFirst("html").attr("lang")).as(where).isEqualTo(where.startsWith("en" + java.io.File.separator) ? "en" : "vi");
            assertThat(doc.select("a[href=tel:111]")).as(where + " links hotline 111").isNotEmpty();
            Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertThat(csp).as(where).isNotNull();
            assertThat(csp.attr("content")).contains("default-src 'none'", "script-src 'self'", "connect-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(doc.select("script:not([src])")).as(where + " has no inline script").isEmpty();
            assertThat(doc.select("style")).as(where + " has no inline style element").isEmpty();
            assertThat(doc.select("[style]")).as(where + " has no style attribute").isEmpty();
            assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).as(where + " has no event-handler attributes").isEmpty();
        }
    }

    static void pagesRequestNothingFromOtherSites(Path out) {
        for (Path file : BuiltSite.files(out, ".html")) {
            Document doc = Jsoup.parse(BuiltSite.read(file), "");
            for (Element e : doc.select("script[src], link[href][rel~=stylesheet|icon|preload|manifest], img[src], source[src], iframe, video, audio")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                String own = url.startsWith(BuiltSite.BASE_URL) ? url.substring(BuiltSite.BASE_URL.length()) : url;
                assertThat(own).as(out.relativize(file) + " " + e.tagName()).doesNotContain("://").doesNotStartWith("//");
            }
        }
        for (Path css : BuiltSite.files(out, ".css")) {
            assertThat(BuiltSite.read(css)).doesNotContain("http://", "https://", "@import");
        }
    }

    static void everyRelativeLinkResolvesToAFileOfTheSite(Path out) {
        List<String> broken = new ArrayList<>();
        for (Path file : BuiltSite.files(out, ".html")) {
            if (file.getFileName().toString().equals("404.html")) {
                continue; // linked absolutely from base_url, since it is served at any depth
            }
            Document doc = Jsoup.parse(BuiltSite.read(file), "");
            for (Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.isEmpty() || url.startsWith("#") || url.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue;
                }
                assertThat(url).as("relative link in " + out.relativize(file)).doesNotStartWith("/");
                String path = url.replaceAll("[?#].*$", "");
                Path target = file.getParent().resolve(URI.create(path.replace(" ", "%20")).getPath()).normalize();
                if (!target.startsWith(out) || !Files.isRegularFile(target)) {
                    broken.add(out.relativize(file) + " → " + url);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    static void pagesStayWithinTheirWeightBudgets(Path out) {
        try {
            long css = Files.size(out.resolve("assets/css/site.css"));
            long js = Files.size(out.resolve("assets/js/site.js")) + Files.size(out.resolve("assets/js/text-fold.js"));
            long fonts = Files.size(out.resolve("assets/fonts/be-vietnam-pro-400.woff2")) + Files.size(out.resolve("assets/fonts/be-vietnam-pro-700.woff2"));
            long logo = Files.size(out.resolve("assets/img/logo.svg"));
            long home = Files.size(out.resolve("index.html"));
            assertThat(home + css + js + fonts + logo).as("home page with CSS, JS, fonts and logo").isLessThanOrEqualTo(150 * 1024);
            for (Path file : BuiltSite.files(out, ".html")) {
                assertThat(Files.size(file)).as(out.relativize(file).toString()).isLessThanOrEqualTo(100 * 1024);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.site.BuiltSite;
import vn.campaignkit.testsite.TextEdits;

/**
 * A build does not render again the pages whose template would see what it saw in the last build (issue 14), and
 * what it writes is always byte for byte what a build from nothing writes: after each kind of edit — a page's body,
 * a title shown in lists, the site's tagline, a template, a message, a new page in the navigation — the output
 * equals a fresh build's, and the pages not rendered again are as many as the edit allows.
 */
class PageReuseTest {
    private static final Pattern NOT_RENDERED = Pattern.compile("(\\d+) pages not rendered again");

    @TempDir
    Path tmp;

    private Path site;
    private Path out;
    private int fresh;

    /** Builds into the kept output, then from nothing; the two must be equal. Returns the pages not rendered again. */
    private int buildAndCompare(String... more) throws IOException {
        BuiltSite.Result r = BuiltSite.build(site, out, Stream.concat(Stream.of("--now", BuiltSite.NOW, "--pages-only", "--quiet"),
                Stream.of(more)).toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        Path scratch = tmp.resolve("fresh-" + fresh++);
        BuiltSite.Result f = BuiltSite.build(site, scratch, "--now", BuiltSite.NOW, "--pages-only", "--quiet");
        assertThat(f.exit()).as(f.err()).isZero();
        assertThat(f.out()).contains(" 0 pages not rendered again");
        assertThat(files(out)).isEqualTo(files(scratch));
        Matcher m = NOT_RENDERED.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void everyEditGivesTheOutputOfAFreshBuildWhileUnchangedPagesAreNotRenderedAgain() throws IOException {
        site = tmp.resolve("site");
        BuiltSite.copyDefaultSite(site);
        out = tmp.resolve("out");
        BuiltSite.Result first = BuiltSite.build(site, out, "--now", BuiltSite.NOW, "--pages-only", "--quiet");
        assertThat(first.exit()).as(first.err()).isZero();
        int pages = Integer.parseInt(first.out().replaceAll("(?s)^Built (\\d+) pages.*", "$1"));

        // a tip's body: only that page changes (the search index holds titles and summaries, not bodies)
        TextEdits.replaceOnce(site.resolve("content/tips/luu-bang-chung.md"), "- Mang điện thoại cùng bằng chứng",
                "- Mang theo điện thoại cùng bằng chứng");
        assertThat(buildAndCompare()).isEqualTo(pages - 1);

        // a message of the layout: every page
        TextEdits.replaceOnce(site.resolve("templates/messages/vi.yaml"), "Tin mới (Atom)", "Tin mới nhất (Atom)");
        assertThat(buildAndCompare()).isLessThan(pages / 2);
        assertThat(buildAndCompare("--force")).as("nothing changed since").isEqualTo(pages);

        // a template: every page using it
        TextEdits.replaceOnce(site.resolve("templates/base.ftlh"), "<p class=\"wrap site-footer__meta small\">",
                "<p class=\"wrap site-footer__meta small\" data-edited>");
        assertThat(buildAndCompare()).isLessThan(pages / 2);

        // the tagline, read by the layout's fragments (header and footer rendered once, written into every page)
        TextEdits.replaceOnce(site.resolve("site.yaml"), "tagline: \"Cùng nhau an toàn trực tuyến\"", "tagline: \"Cùng nhau an toàn\"");
        assertThat(buildAndCompare()).isLessThan(pages / 2);

        // a new page in the navigation of every page
        Files.writeString(site.resolve("content/pages/lien-he.md"), "---\ntitle: \"Liên hệ\"\n---\n\nGọi đường dây nóng.\n",
                StandardCharsets.UTF_8);
        assertThat(buildAndCompare()).isLessThan(pages / 2);

        // a tip's title: its page, the lists and hashtags that show it, the search index and every page linking it
        TextEdits.replaceOnce(site.resolve("content/tips/luu-bang-chung.md"), "title: \"Chụp màn hình, lưu bằng chứng trước khi chặn\"",
                "title: \"Chụp màn hình và lưu bằng chứng trước khi chặn\"");
        buildAndCompare();
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.equals(".campaignkit-manifest.tsv")) {
                    files.put(rel, java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(p))));
                }
            }
        }
        return files;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}

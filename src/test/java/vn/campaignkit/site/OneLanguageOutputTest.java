package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.OneLanguageCopy;

/**
 * A site that declares no languages builds as it did before languages existed (issue 15). The expected SHA-256 of
 * every output file (src/test/resources/sites/*.sha256) were taken from builds by the generator of main at
 * 5ca0dd9, before any language work: the one-language fixture (a copy of that day's {@code new site}) and the
 * default site. Every file is compared byte for byte — pages, scripts (whose Vietnamese texts are now written into
 * them from the message file), feeds, images, PDFs — except the build's own cache manifest, which fingerprints the
 * generator. (When the default site's content or templates change on purpose,
 * its list is out of date: rebuild it from the commit before the change, see the note of issue 15. The test writes
 * what it found to {@code target/<list>}: when search.js changed for issue 14, every page differed from the lists only in
 * {@code search.js?v=}, checked by building the fixture with the jars before and after, and the lists were replaced.)
 */
class OneLanguageOutputTest {
    @Test
    void theOneLanguageFixtureBuildsAsBeforeLanguages(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        BuiltSite.copyTree(BuiltSite.root().resolve("src/test/resources/sites/one-language"), site);
        Path out = tmp.resolve("out");
        BuiltSite.Result r = BuiltSite.build(site, out, "--now", BuiltSite.NOW, "--base-url", BuiltSite.BASE_URL, "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(actual(sums(out), "one-language.sha256")).isEqualTo(expected("one-language.sha256"));
    }

    @Test
    void theDefaultSiteWithoutItsLanguagesBuildsAsBeforeLanguages(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        for (String part : List.of("content", "data", "templates", "assets")) {
            BuiltSite.copyTree(BuiltSite.root().resolve(part), site.resolve(part));
        }
        String yaml = BuiltSite.read(BuiltSite.root().resolve("site.yaml"));
        assertThat(yaml).contains("\nlanguages:\n");
        Files.writeString(site.resolve("site.yaml"), yaml, StandardCharsets.UTF_8);
        OneLanguageCopy.make(site);
        assertThat(BuiltSite.read(site.resolve("site.yaml"))).doesNotContain("languages:").contains("pledge: |");
        Path out = tmp.resolve("out");
        BuiltSite.Result r = BuiltSite.build(site, out, "--now", BuiltSite.NOW, "--base-url", BuiltSite.BASE_URL, "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("en")).doesNotExist();
        assertThat(actual(sums(out), "default-site-one-language.sha256")).isEqualTo(expected("default-site-one-language.sha256"));
    }

    /**
     * The sums, also written to {@code target/<name>} in the list's format: when a change of the output is intended,
     * compare that file with the list (only the files the change should touch may differ) and copy it over.
     */
    private static Map<String, String> actual(Map<String, String> sums, String name) throws IOException {
        StringBuilder sb = new StringBuilder();
        sums.forEach((path, sum) -> sb.append(sum).append("  ").append(path).append('\n'));
        Files.writeString(BuiltSite.root().resolve("target/" + name), sb, StandardCharsets.UTF_8);
        return sums;
    }

    private static Map<String, String> expected(String name) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (String line : Files.readAllLines(BuiltSite.root().resolve("src/test/resources/sites/" + name))) {
            if (!line.isBlank()) {
                sums.put(line.substring(66), line.substring(0, 64));
            }
        }
        return sums;
    }

    /** Every file's SHA-256 by path, as the expected lists were made (tools: the note of issue 15). */
    private static Map<String, String> sums(Path out) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        for (Path p : BuiltSite.files(out, "")) {
            String rel = out.relativize(p).toString().replace('\\', '/');
            if (!rel.equals(".campaignkit-manifest.tsv")) {
                sums.put(rel, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return sums;
    }

}

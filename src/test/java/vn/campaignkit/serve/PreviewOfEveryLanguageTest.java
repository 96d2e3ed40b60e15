package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.testsite.LanguageSites;

/**
 * The preview of a site in Vietnamese and English: /en/ pages are served, rebuilt when a translation changes (open pages
 * told once per save), drafted.
 */
class PreviewOfEveryLanguageTest {
    @TempDir
    Path site;
    private DerivedFileCache cache;
    private IncrementalSiteBuild build;

    @BeforeEach
    void twoLanguages() throws IOException {
        LanguageSites.write(site);
        cache = new DerivedFileCache();
        build = new IncrementalSiteBuild(new BuildOptions(site, site.resolve("never-written"), Optional.of("http://localhost:8820/"),
                LocalDate.of(2025, 10, 20), true, false, 2), cache);
    }

    @AfterEach
    void dropCache() throws IOException {
        cache.close();
    }

    @Test
    void servesTheEnglishPagesAndTheirDerivedFilesBesideTheVietnameseOnes() {
        SiteSnapshot snapshot = built(ChangeSet.all());
        assertThat(title(snapshot, "en/tips/goi-111/index.html")).isEqualTo("Call 111 when threatened");
        assertThat(title(snapshot, "tips/goi-111/index.html")).isEqualTo("Gọi 111 khi bị đe dọa");
        assertThat(Jsoup.parse(html(snapshot, "en/tips/goi-111/index.html")).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(snapshot.file("en/tips/goi-111/og.png")).isPresent();
        assertThat(snapshot.file("en/downloads/print/ap-phich.png")).isPresent();
        assertThat(build.lastSite()).isPresent();
    }

    @Test
    void anEditedTranslationIsRebuiltAndAMistakeInItIsReportedAtItsLine() throws IOException {
        built(ChangeSet.all());
        Path english = site.resolve("content/tips/goi-111.en.md");
        Files.writeString(english, "---\ntitle: \"Call 111 straight away\"\n---\nDo not keep it secret.\n");
        assertThat(title(built(ChangeSet.of("content/tips/goi-111.en.md")), "en/tips/goi-111/index.html"))
                .isEqualTo("Call 111 straight away");
        Files.writeString(english, "---\ntitle: \"Call 111\"\naudience: [pupils]\n---\nText.\n");
        BuildResult failed = build.build(ChangeSet.of("content/tips/goi-111.en.md"));
        assertThat(failed).isInstanceOf(BuildResult.Failed.class);
        Problem problem = ((BuildResult.Failed) failed).problems().get(0);
        assertThat(problem.path()).isEqualTo("content/tips/goi-111.en.md");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void aDraftOfATranslationIsRenderedAtItsEnglishAddress() {
        built(ChangeSet.all());
        DraftPage draft = build.draft("content/tips/goi-111.en.md",
                "---\ntitle: \"Call 111, not yet saved\"\n---\nDraft text.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.outputPath()).contains("en/tips/goi-111/index.html");
        assertThat(Jsoup.parse(new String(draft.html().orElseThrow(), StandardCharsets.UTF_8)).selectFirst("h1").text())
                .isEqualTo("Call 111, not yet saved");
    }

    @Test
    void eachSavedTranslationReloadsOpenPagesOnceWithOnlyItsPageChanged() throws Exception {
        PrintWriter log = new PrintWriter(new StringWriter(), true);
        Path english = site.resolve("content/tips/goi-111.en.md");
        try (DevServer server = DevServer.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), 0, ServeOptions.DEFAULT_QUIET),
                build, log); EventStream events = new EventStream(server.url().getPort())) {
            int port = server.url().getPort();
            assertThat(events.next().get("version").asLong()).isEqualTo(1);

            Files.writeString(english, "---\ntitle: \"Call 111 when threatened\"\n---\nTell an adult you trust.\n");
            JsonNode first = events.next();
            assertThat(first.get("ok").asBoolean()).isTrue();
            assertThat(first.get("version").asLong()).isEqualTo(2);
            assertThat(first.get("changed").toString()).isEqualTo("[\"en/tips/goi-111/index.html\"]");
            assertThat(RawHttp.get(port, "/en/tips/goi-111/", "localhost").body()).contains("Tell an adult you trust.");

            // a second save is the very next event: the first save announced nothing more
            Files.writeString(english, "---\ntitle: \"Call 111 when threatened\"\n---\nCall 111, free, day and night.\n");
            JsonNode second = events.next();
            assertThat(second.get("version").asLong()).isEqualTo(3);
            assertThat(second.get("changed").toString()).isEqualTo("[\"en/tips/goi-111/index.html\"]");
            assertThat(RawHttp.get(port, "/en/tips/goi-111/", "localhost").body()).contains("Call 111, free, day and night.");
        }
    }

    private SiteSnapshot built(ChangeSet changes) {
        BuildResult result = build.build(changes);
        assertThat(result).as(result.toString()).isInstanceOf(BuildResult.Built.class);
        return ((BuildResult.Built) result).site();
    }

    private static String html(SiteSnapshot snapshot, String path) {
        return new String(snapshot.file(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    private static String title(SiteSnapshot snapshot, String path) {
        return Jsoup.parse(html(snapshot, path)).selectFirst("h1").text();
    }
}

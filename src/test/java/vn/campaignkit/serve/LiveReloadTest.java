package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a file rebuilds the site and tells open pages; a bad save shows its problems, a fix clears them. */
class LiveReloadTest {
    @TempDir
    Path site;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void contentFolder() throws IOException {
        Files.createDirectories(site.resolve("content"));
    }

    private DevServer start() throws IOException {
        PrintWriter log = new PrintWriter(new java.io.OutputStreamWriter(console, StandardCharsets.UTF_8), true);
        return DevServer.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), 0, ServeOptions.DEFAULT_QUIET),
                new FakeSiteBuild(site), log);
    }

    @Test
    void anEditReachesOpenPagesAndTheServedFile() throws Exception {
        Files.writeString(site.resolve("content/hello.md"), "Bản đầu");
        try (DevServer server = start(); EventStream events = new EventStream(server.url().getPort())) {
            int port = server.url().getPort();
            JsonNode first = events.next();
            assertThat(first.get("version").asLong()).isEqualTo(1);
            assertThat(first.get("ok").asBoolean()).isTrue();

            Files.writeString(site.resolve("content/hello.md"), "Bản thứ hai");
            JsonNode second = events.next();
            assertThat(second.get("ok").asBoolean()).isTrue();
            assertThat(second.get("version").asLong()).isEqualTo(2);
            assertThat(second.get("changed").toString()).isEqualTo("[\"hello/index.html\"]");
            assertThat(RawHttp.get(port, "/hello/", "localhost").body()).contains("Bản thứ hai").contains("data-ck-version=\"2\"");
        }
    }

    @Test
    void aBadEditShowsItsProblemsAndKeepsTheLastGoodSiteUntilFixed() throws Exception {
        Files.writeString(site.resolve("content/hello.md"), "dòng một\ndòng hai\n");
        try (DevServer server = start(); EventStream events = new EventStream(server.url().getPort())) {
            int port = server.url().getPort();
            events.next();

            Files.writeString(site.resolve("content/hello.md"), "dòng một\nsai ERROR ở đây\ndòng ba\n");
            JsonNode failed = events.next();
            assertThat(failed.get("ok").asBoolean()).isFalse();
            assertThat(failed.get("version").asLong()).isEqualTo(1);
            JsonNode problem = failed.get("problems").get(0);
            assertThat(problem.get("where").asText()).isEqualTo("content/hello.md:2:5");
            assertThat(problem.get("message").asText()).isEqualTo("the word ERROR is not allowed");
            assertThat(problem.get("hint").asText()).isEqualTo("delete it");
            assertThat(problem.get("lines").toString())
                    .contains("{\"n\":1,\"text\":\"dòng một\",\"here\":false}")
                    .contains("{\"n\":2,\"text\":\"sai ERROR ở đây\",\"here\":true}")
                    .contains("{\"n\":3,\"text\":\"dòng ba\",\"here\":false}");
            assertThat(server.showingProblems()).isTrue();
            assertThat(RawHttp.get(port, "/hello/", "localhost").body()).contains("dòng hai").doesNotContain("ERROR");
            assertThat(console.toString(StandardCharsets.UTF_8))
                    .contains("content/hello.md:2:5: error: the word ERROR is not allowed (hint: delete it)");

            Files.writeString(site.resolve("content/hello.md"), "dòng một\nđã sửa\n");
            JsonNode fixed = events.next();
            assertThat(fixed.get("ok").asBoolean()).isTrue();
            assertThat(fixed.get("problems").size()).isZero();
            assertThat(fixed.get("version").asLong()).isEqualTo(2);
            assertThat(server.showingProblems()).isFalse();
            assertThat(RawHttp.get(port, "/hello/", "localhost").body()).contains("đã sửa");
        }
    }

    @Test
    void aSiteThatNeverBuiltShowsAWaitingPageUntilFixed() throws Exception {
        Files.writeString(site.resolve("content/hello.md"), "ERROR\n");
        try (DevServer server = start(); EventStream events = new EventStream(server.url().getPort())) {
            int port = server.url().getPort();
            assertThat(events.next().get("ok").asBoolean()).isFalse();
            RawHttp waiting = RawHttp.get(port, "/hello/", "localhost");
            assertThat(waiting.status()).isEqualTo(503);
            assertThat(waiting.body()).contains("Chưa dựng được trang").contains("/__campaignkit/reload.js");

            Files.writeString(site.resolve("content/hello.md"), "ổn rồi\n");
            JsonNode fixed = events.next();
            assertThat(fixed.get("ok").asBoolean()).isTrue();
            assertThat(fixed.get("version").asLong()).isEqualTo(1);
            assertThat(RawHttp.get(port, "/hello/", "localhost").body()).contains("ổn rồi");
        }
    }

    @Test
    void aCrashInsideTheBuildIsShownNotFatal() throws Exception {
        PrintWriter log = new PrintWriter(new java.io.OutputStreamWriter(console, StandardCharsets.UTF_8), true);
        SiteBuild crashing = changes -> {
            throw new IllegalStateException("boom");
        };
        try (DevServer server = DevServer.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), 0,
                ServeOptions.DEFAULT_QUIET), crashing, log)) {
            assertThat(server.showingProblems()).isTrue();
            assertThat(RawHttp.get(server.url().getPort(), "/", "localhost").status()).isEqualTo(503);
            assertThat(console.toString(StandardCharsets.UTF_8)).contains("internal error IllegalStateException: boom")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void watchesNewSubFoldersAndAsksOnlyForWhatChanged() throws Exception {
        Files.writeString(site.resolve("content/hello.md"), "một");
        FakeSiteBuild build = new FakeSiteBuild(site);
        PrintWriter log = new PrintWriter(new java.io.OutputStreamWriter(console, StandardCharsets.UTF_8), true);
        try (DevServer server = DevServer.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), 0,
                ServeOptions.DEFAULT_QUIET), build, log); EventStream events = new EventStream(server.url().getPort())) {
            events.next();
            Files.writeString(site.resolve("content/hello.md"), "hai");
            events.next();
            assertThat(build.asked.get(build.asked.size() - 1)).isEqualTo(ChangeSet.of("content/hello.md"));

            Files.createDirectories(site.resolve("templates/partials"));
            waitUntil(() -> build.asked.size() >= 3);
            int before = build.asked.size();
            Files.writeString(site.resolve("templates/partials/head.ftlh"), "<meta>");
            waitUntil(() -> build.asked.stream().skip(before).anyMatch(c -> c.paths().contains("templates/partials/head.ftlh")));
            Files.writeString(site.resolve("content/.hello.md.swp"), "editor leftovers are ignored");
            Files.writeString(site.resolve("content/hello.md~"), "editor leftovers are ignored");
            int afterLeftovers = build.asked.size();
            Files.writeString(site.resolve("content/hello.md"), "ba");
            // the save after the leftovers is seen, so the leftovers were too: none of them reached the build
            waitUntil(() -> build.asked.stream().skip(afterLeftovers).anyMatch(c -> c.paths().contains("content/hello.md")));
            assertThat(build.asked).noneMatch(c -> c.paths().stream().anyMatch(p -> p.endsWith("~") || p.endsWith(".swp")));
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(20);
        }
    }
}

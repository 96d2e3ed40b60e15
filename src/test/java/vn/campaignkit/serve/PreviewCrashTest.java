package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.problem.Problems;

/**
 * A crash while answering is a 500 with one short line and a line in the server log, never a 404: a test (or an
 * editor) can tell "refused" from "broken". The crash comes from a derived file whose renderer throws, the way a bug
 * in a frame or PDF renderer would.
 */
class PreviewCrashTest {
    @TempDir
    static Path temp;
    static DevServer server;
    static int port;
    static final StringWriter LOG = new StringWriter();

    /** A derived file whose renderer fails with a bug, not with a problem of the site. */
    private static final DeriveJob CRASHING = new DeriveJob() {
        @Override
        public String outputPath() {
            return "frames/khung.png";
        }

        @Override
        public String fingerprint() {
            return "fp";
        }

        @Override
        public void check(Problems problems) {
        }

        @Override
        public byte[] render(Problems problems) {
            throw new IllegalStateException("renderer bug: index 3 out of bounds\n\tat secret.Frame.draw(Frame.java:42)");
        }
    };

    private static final DeriveJob DEEP = new DeriveJob() {
        @Override
        public String outputPath() {
            return "print/poster.pdf";
        }

        @Override
        public String fingerprint() {
            return "fp";
        }

        @Override
        public void check(Problems problems) {
        }

        @Override
        public byte[] render(Problems problems) {
            return render(problems);
        }
    };

    @BeforeAll
    static void start() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
        SiteBuild build = changes -> new BuildResult.Built(new SiteSnapshot(Map.of(
                "index.html", FakeSiteBuild.page("home", "Xin chào"),
                "404.html", FakeSiteBuild.page("not found", "Không tìm thấy trang")),
                new DeferredFiles(List.of(CRASHING, DEEP), null, null)));
        server = DevServer.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), 0, ServeOptions.DEFAULT_QUIET), build,
                new PrintWriter(LOG, true));
        port = server.url().getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCrashIsA500WithAShortLineAndNoStackTrace() throws IOException {
        RawHttp answer = RawHttp.get(port, "/frames/khung.png", "localhost");
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.head()).containsIgnoringCase("Content-Type: text/plain; charset=utf-8");
        assertThat(answer.body()).startsWith("Internal error: Campaign Kit could not answer this request (IllegalStateException).")
                .doesNotContain("\tat ").doesNotContain("secret.Frame").doesNotContain("index 3");
        assertThat(answer.body().lines().count()).isEqualTo(1);
    }

    @Test
    void aCrashIsWrittenToTheServerLogWithTheRequest() throws IOException {
        RawHttp.get(port, "/frames/khung.png", "localhost");
        String log = LOG.toString();
        assertThat(log).contains("internal error while answering GET /frames/khung.png: IllegalStateException: renderer bug:"
                + " index 3 out of bounds (this is a bug in Campaign Kit, not in your site)");
        assertThat(log).doesNotContain("\tat secret.Frame");
    }

    @Test
    void aRendererThatRecursesForeverIsA500Too() throws IOException {
        RawHttp answer = RawHttp.get(port, "/print/poster.pdf", "localhost");
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body()).contains("(StackOverflowError)");
        assertThat(RawHttp.get(port, "/", "localhost").status()).as("the preview still answers").isEqualTo(200);
    }

    @Test
    void refusalsStayRefusalsBesideACrashingFile() throws IOException {
        assertThat(RawHttp.get(port, "/../secret.txt", "localhost").status()).isEqualTo(404);
        assertThat(RawHttp.get(port, "/frames/khong-co.png", "localhost").status()).isEqualTo(404);
        assertThat(RawHttp.get(port, "/frames/khung.png", "evil.example").status()).isEqualTo(403);
        assertThat(RawHttp.get(port, "/", "localhost").status()).isEqualTo(200);
    }
}

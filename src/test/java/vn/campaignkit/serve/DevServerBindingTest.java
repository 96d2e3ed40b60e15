package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerBindingTest {
    @TempDir
    Path site;

    private String startAndLog(InetAddress bind) throws IOException {
        Files.createDirectories(site.resolve("content"));
        StringWriter log = new StringWriter();
        try (DevServer server = DevServer.start(new ServeOptions(site, bind, 0, ServeOptions.DEFAULT_QUIET),
                new FakeSiteBuild(site), new PrintWriter(log, true))) {
            assertThat(RawHttp.get(server.url().getPort(), "/", "localhost").status()).isEqualTo(200);
        }
        return log.toString();
    }

    @Test
    void warnsWhenListeningBeyondThisComputer() throws IOException {
        assertThat(startAndLog(InetAddress.getByName("0.0.0.0"))).contains("warning: listening on 0.0.0.0");
    }

    @Test
    void staysQuietOnLoopback() throws IOException {
        assertThat(startAndLog(InetAddress.getLoopbackAddress())).doesNotContain("warning").contains("preview at http://localhost:");
    }

    @Test
    void writesNothingIntoTheSiteFolder() throws IOException {
        startAndLog(InetAddress.getLoopbackAddress());
        try (var files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }
}

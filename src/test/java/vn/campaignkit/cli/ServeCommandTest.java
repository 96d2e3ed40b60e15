package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path site;

    private int run(ByteArrayOutputStream err, String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void refusesAHostNameAsBindAddress() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "serve", "--source", site.toString(), "--bind", "example.com")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bind \"example.com\" is not an IP address");
    }

    @Test
    void refusesAPortOutOfRange() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "serve", "--source", site.toString(), "--port", "70000")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port 70000 is not a port");
    }

    @Test
    void refusesASourceThatIsNotAFolder() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "serve", "--source", site.resolve("missing").toString(), "--port", "18823")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a folder");
    }

    @Test
    void listsServeAndNewAmongTheCommands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve").contains("new");
    }
}

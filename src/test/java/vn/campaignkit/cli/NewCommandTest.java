package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NewCommandTest {
    @TempDir
    Path site;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new NewCommand(Clock.fixed(Instant.parse("2025-10-06T05:00:00Z"), ZoneOffset.UTC)));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void createsATipAndSaysWhere() throws IOException {
        Files.createDirectories(site.resolve("content"));
        assertThat(run("tip", "Cảnh giác với lời mời việc nhẹ lương cao", "--source", site.toString())).isZero();
        assertThat(out.toString()).isEqualTo("created content/tips/canh-giac-voi-loi-moi-viec-nhe-luong-cao.md" + System.lineSeparator());
        assertThat(Files.readString(site.resolve("content/tips/canh-giac-voi-loi-moi-viec-nhe-luong-cao.md"))).contains("date: 2025-10-06");
    }

    @Test
    void exitsWithOneAndAProblemLineWhenTheFileExists() throws IOException {
        Files.createDirectories(site.resolve("content"));
        run("post", "Khởi động", "--source", site.toString());
        assertThat(run("post", "Khởi động", "--source", site.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/posts/khoi-dong.md:1:1: error: a file with this name already exists");
    }

    @Test
    void exitsWithTwoForAnUnknownKind() {
        assertThat(run("poster", "Áp phích", "--source", site.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown kind 'poster': use one of tip|school|contest|hashtag|page|post|quiz|scenario|frame|printable|site");
    }

    @Test
    void langWithFromWritesTheTranslationBesideItsOriginal() throws IOException {
        Files.createDirectories(site.resolve("content/tips"));
        Files.writeString(site.resolve("site.yaml"), "title: Không một mình\nlanguages: [vi, en]\n");
        Files.writeString(site.resolve("content/tips/goi-111.md"), "---\ntitle: Gọi 111\n---\nĐừng giữ bí mật.\n");
        assertThat(run("tip", "--lang", "en", "--from", "goi-111", "Call 111", "--source", site.toString())).isZero();
        assertThat(out.toString()).isEqualTo("created content/tips/goi-111.en.md" + System.lineSeparator());
        assertThat(Files.readString(site.resolve("content/tips/goi-111.en.md"))).contains("title: Call 111\n", "Đừng giữ bí mật.");
    }

    @Test
    void langWithoutFromStartsAPageOfThatLanguageAloneAndSaysSo() throws IOException {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("site.yaml"), "title: Không một mình\nlanguages: [vi, en]\n");
        assertThat(run("tip", "--lang", "en", "Call 111 when threatened", "--source", site.toString())).isZero();
        assertThat(out.toString()).startsWith("created content/tips/call-111-when-threatened.en.md" + System.lineSeparator())
                .contains("use --from ORIGINAL");
        assertThat(Files.readString(site.resolve("content/tips/call-111-when-threatened.en.md")))
                .contains("title: Call 111 when threatened\n", "date: 2025-10-06");
    }

    @Test
    void anUndeclaredLanguageIsAProblemOfSiteYamlAndFromNeedsLang() throws IOException {
        Files.createDirectories(site.resolve("content"));
        assertThat(run("tip", "--lang", "en", "Call 111", "--source", site.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("site.yaml:1:1: error: \"en\" is not one of the site's other languages (site.yaml declares none)");
        assertThat(site.resolve("content/tips")).doesNotExist();
        assertThat(run("tip", "--from", "goi-111", "--source", site.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--from needs --lang");
    }
}

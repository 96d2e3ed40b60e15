package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.cli.Main;

/**
 * The same input gives byte-identical output — pages, feeds, calendars, frames, Open Graph images, wallpapers,
 * PDFs, previews and zips — whatever the machine's settings: the default site is built again in a separate JVM
 * with another time zone, locale, default charset and number of processors, at another time, from a copy of the
 * site in another folder, and every file must equal the one this JVM built.
 */
class ReproducibleBuildTest {

    @Test
    void aBuildInAnotherJvmWithOtherSettingsGivesIdenticalBytes(@TempDir Path tmp) throws Exception {
        Path first = BuiltSite.output();
        Path site = tmp.resolve("elsewhere/site");
        for (String part : List.of("site.yaml", "content", "data", "templates", "assets")) {
            BuiltSite.copyTree(BuiltSite.root().resolve(part), site.resolve(part));
        }
        Path second = tmp.resolve("elsewhere/output");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1",
                "-XX:ActiveProcessorCount=1", "-Djava.io.tmpdir=" + Files.createDirectories(tmp.resolve("tmp")),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--source", site.toString(), "--output", second.toString(), "--now", BuiltSite.NOW, "--base-url", BuiltSite.BASE_URL));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile());
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "SOURCE_DATE_EPOCH", "TZ"));
        builder.environment().put("CAMPAIGNKIT_RELAUNCH", "0");
        Process child = builder.start();
        assertThat(child.waitFor(15, TimeUnit.MINUTES)).as("the second build finished").isTrue();
        String log = Files.readString(tmp.resolve("log.txt"), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(log).isZero();

        List<String> a = relativeFiles(first);
        List<String> b = relativeFiles(second);
        assertThat(b).isEqualTo(a);
        assertThat(a).as("the comparison covers every kind of output")
                .anyMatch(p -> p.endsWith(".html")).anyMatch(p -> p.endsWith(".xml")).anyMatch(p -> p.endsWith(".ics"))
                .anyMatch(p -> p.endsWith(".png")).anyMatch(p -> p.endsWith(".pdf")).anyMatch(p -> p.endsWith(".zip"))
                .anyMatch(p -> p.endsWith(".js"));
        List<String> differing = new ArrayList<>();
        for (String file : a) {
            if (Files.mismatch(first.resolve(file), second.resolve(file)) != -1L) {
                differing.add(file);
            }
        }
        assertThat(differing).as("files that differ between the two builds").isEmpty();
    }

    private static List<String> relativeFiles(Path dir) {
        return BuiltSite.files(dir, "").stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

}

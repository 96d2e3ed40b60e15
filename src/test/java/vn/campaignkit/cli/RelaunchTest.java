package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/** {@code java -jar campaign-kit.jar build} runs in a tuned child JVM; everything else runs where it is. */
class RelaunchTest {
    @TempDir
    Path dir;

    @Test
    void onlyBuildAndCheckOfAnUntunedJvmAreRelaunched() {
        Map<String, String> env = Map.of();
        assertThat(Relaunch.wanted(new String[] {"build"}, env, false, List.of())).isTrue();
        assertThat(Relaunch.wanted(new String[] {"check", "--source", "x"}, env, false, List.of())).isTrue();
        assertThat(Relaunch.wanted(new String[] {"serve"}, env, false, List.of())).as("serve keeps its JIT").isFalse();
        assertThat(Relaunch.wanted(new String[] {"new", "tip", "x"}, env, false, List.of())).isFalse();
        assertThat(Relaunch.wanted(new String[] {"--help"}, env, false, List.of())).isFalse();
        assertThat(Relaunch.wanted(new String[] {}, env, false, List.of())).isFalse();
        assertThat(Relaunch.wanted(new String[] {"build"}, env, true, List.of())).as("the child itself").isFalse();
        assertThat(Relaunch.wanted(new String[] {"build"}, env, false, List.of("-Xmx2g"))).as("a tuned JVM").isFalse();
        assertThat(Relaunch.wanted(new String[] {"build"}, Map.of("CAMPAIGNKIT_RELAUNCH", "0"), false, List.of())).isFalse();
    }

    @Test
    void theChildGetsC1SerialGcAndTheArchiveBesideTheJar() throws IOException {
        Path jar = Files.write(dir.resolve("campaign-kit.jar"), new byte[0]);
        assertThat(Relaunch.archiveBeside(jar.toString())).isEmpty();
        Path archive = Files.write(dir.resolve("campaign-kit.jsa"), new byte[0]);
        assertThat(Relaunch.archiveBeside(jar.toString())).contains(archive.toAbsolutePath());
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(Relaunch.archiveBeside(jar.toString())).as("made for an earlier jar").isEmpty();
        assertThat(Relaunch.archiveBeside(jar + java.io.File.pathSeparator + "other.jar")).isEmpty();
        assertThat(Relaunch.classPathExists(jar.toString())).isTrue();
        assertThat(Relaunch.classPathExists(jar + java.io.File.pathSeparator + dir.resolve("missing.jar"))).isFalse();

        List<String> command = Relaunch.command("/jdk/bin/java", jar.toString(), Optional.of(archive),
                new String[] {"build", "--source", "trường"});
        assertThat(command).containsExactly("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dcampaignkit.launched=1", "-cp", jar.toString(),
                "vn.campaignkit.cli.Main", "build", "--source", "trường");
    }

    @Test
    void aFullBuildOfThousandsOfSchoolsGetsTheOptimisingCompilerToo() throws IOException {
        Path site = Files.createDirectories(dir.resolve("quốc gia/data"));
        StringBuilder csv = new StringBuilder("title,province,level\n");
        for (int i = 0; csv.length() < 100_000; i++) {
            csv.append("Trường THCS Số ").append(i).append(",Hà Nội,THCS\n");
        }
        Files.writeString(site.resolve("schools.csv"), csv.toString(), StandardCharsets.UTF_8);
        String source = site.getParent().toString();
        Path jar = Files.write(dir.resolve("campaign-kit.jar"), new byte[0]);

        assertThat(Relaunch.command("java", jar.toString(), Optional.empty(), new String[] {"build", "--source", source}))
                .contains("-XX:+UseSerialGC").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(LargeBuild.is(new String[] {"build", "--source=" + source, "--output", "x"})).isTrue();
        assertThat(LargeBuild.is(new String[] {"build", "--source", source, "--pages-only"})).as("no images").isFalse();
        assertThat(LargeBuild.is(new String[] {"build", "--source", source, "--school", "truong-thcs-so-1"})).as("one school").isFalse();
        assertThat(LargeBuild.is(new String[] {"check", "--source", source})).as("check draws nothing").isFalse();
        assertThat(LargeBuild.is(new String[] {"build", "--source", dir.resolve("missing").toString()})).isFalse();
        Path built = Files.createDirectories(dir.resolve("built"));
        Files.writeString(built.resolve(".campaignkit-manifest.tsv"), "# Campaign Kit build manifest\n");
        assertThat(LargeBuild.is(new String[] {"build", "--source", source, "--output", built.toString()}))
                .as("a previous build to reuse").isFalse();
        assertThat(LargeBuild.is(new String[] {"build", "--source", source, "--output=" + dir.resolve("new")})).isTrue();

        Files.writeString(site.resolve("schools.csv"), "title,province,level\nTrường THCS Lê Lợi,Huế,THCS\n");
        assertThat(Relaunch.command("java", jar.toString(), Optional.empty(), new String[] {"build", "--source", source}))
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    /** A real {@code java … Main build}: the tuned child does the work, its output and exit code come through. */
    @Test
    void aPlainJvmBuildsInTheTunedChildAndPassesItsExitCodeOn() throws Exception {
        MicroSite site = MicroSite.in(dir.resolve("site")).tip("tot", "title: Tốt", "Nội dung.\n");
        Result ok = runMain(Map.of("CAMPAIGNKIT_TIMINGS", "1"), "build", "--pages-only", "--source",
                site.root().toString(), "--output", dir.resolve("out").toString());
        assertThat(ok.exit).isZero();
        assertThat(ok.out).contains("Built ");
        assertThat(ok.err).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dcampaignkit.launched=1");
        assertThat(dir.resolve("out/tips/tot/index.html")).exists();

        site.tip("hong", "title: Hỏng\ndate: 2025-02-30", "x\n");
        Result broken = runMain(Map.of(), "build", "--source", site.root().toString(), "--output",
                dir.resolve("out").toString());
        assertThat(broken.exit).isEqualTo(Main.SITE_PROBLEMS);
        assertThat(broken.err).contains("content/tips/hong.md:3:7").doesNotContain("Exception");

        Result inPlace = runMain(Map.of("CAMPAIGNKIT_TIMINGS", "1", "CAMPAIGNKIT_RELAUNCH", "0"), "check", "--source",
                site.root().toString());
        assertThat(inPlace.exit).isEqualTo(Main.SITE_PROBLEMS);
        assertThat(inPlace.err).doesNotContain("-XX:+UseSerialGC");
    }

    private record Result(int exit, String out, String err) {
    }

    private Result runMain(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("CAMPAIGNKIT_RELAUNCH");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().putAll(env);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}

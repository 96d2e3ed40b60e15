package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/**
 * The jar run with no arguments is the desk: its address is the first line printed, and the browser is asked to open
 * it; run again for the same folder, it sends the browser to the desk already running instead of starting another.
 */
class EditCommandTest {
    @TempDir
    Path temp;

    private Process start(Path folder, Path bin, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectError(temp.resolve("stderr.txt").toFile());
        return pb.start();
    }

    private Path fakeBrowser(Path log) throws IOException {
        Path bin = temp.resolve("bin");
        Files.createDirectories(bin);
        Path xdgOpen = bin.resolve("xdg-open");
        Files.writeString(xdgOpen, "#!/bin/sh\necho \"$1\" >> '" + log + "'\n");
        Files.setPosixFilePermissions(xdgOpen, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void noArgumentsInASiteFolderStartsTheDeskAndPrintsItsAddressFirst() throws Exception {
        Path site = temp.resolve("site");
        MicroSite.in(site).tip("meo", "title: Mẹo", "Nội dung.\n");
        Path opened = temp.resolve("opened.txt");
        Process desk = start(site, fakeBrowser(opened));
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(desk.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as(Files.readString(temp.resolve("stderr.txt"))).matches("http://localhost:88[23][0-9]/__desk/");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(first)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Bàn biên tập").contains("name=\"ck-token\"");
            long end = System.currentTimeMillis() + 20_000;
            while (!Files.exists(opened) && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
            assertThat(Files.readAllLines(opened)).containsExactly(first);
            Process again = start(site, temp.resolve("bin"));
            try {
                assertThat(again.waitFor(60, TimeUnit.SECONDS)).as("a second double-click returns").isTrue();
                assertThat(again.exitValue()).isZero();
                assertThat(new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst()).contains(first);
                assertThat(Files.readAllLines(opened)).containsExactly(first, first);
            } finally {
                again.destroyForcibly();
            }
        } finally {
            desk.destroy();
            desk.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutAWindowAndWithoutASiteItSaysWhatToDo() throws Exception {
        Path empty = temp.resolve("empty");
        Files.createDirectories(empty);
        Process desk = start(empty, fakeBrowser(temp.resolve("opened.txt")));
        assertThat(desk.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(desk.exitValue()).isEqualTo(Main.USAGE);
        assertThat(Files.readString(temp.resolve("stderr.txt"))).contains("no site here").contains("new site DIR")
                .doesNotContain("Exception");
        assertThat(new String(desk.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void editWithAnExplicitPortThatIsTakenSaysSo() throws Exception {
        Path site = temp.resolve("site");
        MicroSite.in(site);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            MicroSite.Run run = MicroSite.Run.of("edit", "--source", site.toString(), "--port", Integer.toString(taken.getLocalPort()),
                    "--no-browser");
            assertThat(run.exit()).isEqualTo(Main.USAGE);
            assertThat(run.err()).contains("cannot listen on").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
    }
}

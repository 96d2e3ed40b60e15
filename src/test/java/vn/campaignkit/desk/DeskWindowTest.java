package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A double-click: the jar started with no arguments and no console, on a virtual display (xvfb). No site is found,
 * so the window asks for a folder and offers a new site; then it shows the desk's address, "Mở trình duyệt" opens
 * the browser (a stand-in {@code xdg-open} records the address) and "Dừng" stops the desk.
 */
class DeskWindowTest {
    private static final Path XVFB_RUN = Path.of("/usr/bin/xvfb-run");

    @TempDir
    Path temp;

    @Test
    void aDoubleClickAsksForAFolderCreatesASiteAndShowsTheDeskWithItsButtons() throws Exception {
        if (!Files.isExecutable(XVFB_RUN)) {
            throw new IllegalStateException("the desk's window test needs xvfb-run: apt-get install xvfb xauth (bash .ci/run installs it)");
        }
        Path bin = temp.resolve("bin");
        Files.createDirectories(bin);
        Path opened = temp.resolve("opened.txt");
        Path xdgOpen = bin.resolve("xdg-open");
        Files.writeString(xdgOpen, "#!/bin/sh\necho \"$1\" >> '" + opened + "'\n");
        Files.setPosixFilePermissions(xdgOpen, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = temp.resolve("home");
        Path chosen = home.resolve("trang-moi");
        Files.createDirectories(chosen);
        ProcessBuilder pb = new ProcessBuilder(XVFB_RUN.toString(), "-a", "-s", "-screen 0 1280x900x24",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=false",
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), WindowDriver.class.getName(), chosen.toString());
        pb.directory(home.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectError(temp.resolve("stderr.txt").toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Process child = pb.start();
        String out;
        try {
            boolean finished = child.waitFor(5, TimeUnit.MINUTES);
            out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(finished).as("the driver finished; stderr:%n%s", read(temp.resolve("stderr.txt"))).isTrue();
        } finally {
            child.destroyForcibly();
        }
        List<String> lines = out.lines().toList();
        assertThat(lines).as("stdout; stderr:%n%s", read(temp.resolve("stderr.txt"))).isNotEmpty();
        String url = lines.get(0);
        assertThat(url).matches("http://localhost:88[23][0-9]/__desk/");
        assertThat(lines).as("stdout; stderr:%n%s", read(temp.resolve("stderr.txt")))
                .contains("WINDOW_GONE=true", "LABEL=" + url, "HTTP=200", "EXIT=0");
        // The stand-in xdg-open runs apart from the window (the button starts it on its own thread): give it a moment.
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until && read(opened).lines().count() < 2) {
            Thread.sleep(100);
        }
        assertThat(read(opened).lines()).containsExactly(url, url);
        assertThat(chosen.resolve("site.yaml")).isRegularFile();
        assertThat(chosen.resolve("content/index.md")).isRegularFile();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}

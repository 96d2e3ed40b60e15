package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/**
 * A save interrupted by the death of the program — here a child JVM killed while half of the new text is in
 * the temporary file — leaves the old file whole, and the site still builds (the half-written temporary file is
 * hidden and ignored).
 */
class SaveKilledMidwayTest {
    @TempDir
    Path temp;

    @Test
    void aSaveKilledHalfWayLeavesTheOldFileWhole() throws Exception {
        Path site = temp.resolve("site");
        StringBuilder old = new StringBuilder("---\ntitle: \"Mẹo cũ\"\n---\n");
        for (int i = 0; i < 400; i++) {
            old.append("Dòng cũ số ").append(i).append(": gặp chuyện trên mạng, hãy gọi 111.\n");
        }
        MicroSite.in(site).write("content/tips/meo.md", old.toString());
        Path marker = temp.resolve("marker");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), SaveKillChild.class.getName(),
                site.toString(), marker.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int port = Integer.parseInt(out.readLine().substring("PORT=".length()));
            String token = out.readLine().substring("TOKEN=".length());
            String version = FileVersion.of(Files.readAllBytes(site.resolve("content/tips/meo.md")));
            String fresh = "---\ntitle: \"Mẹo mới\"\n---\n" + "Dòng mới, thay toàn bộ nội dung cũ.\n".repeat(500);
            byte[] body = RunningDesk.JSON.writeValueAsBytes(Map.of("path", "content/tips/meo.md", "text", fresh, "version", version));
            CompletableFuture<DeskHttp> save = CompletableFuture.supplyAsync(() -> {
                try {
                    return DeskHttp.send(port, "POST", "/__desk/api/save", Map.of("Origin", "http://localhost:" + port,
                            "X-CK-Token", token, "Content-Type", "application/json"), body);
                } catch (IOException e) {
                    return new DeskHttp(-1, "", e.toString());
                }
            });
            long deadline = System.currentTimeMillis() + 60_000;
            while (!Files.exists(marker) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(marker).as("the save reached the middle of its write").exists();
            List<Path> temps = hiddenTemps(site);
            assertThat(temps).hasSize(1);
            assertThat(Files.size(temps.get(0))).isPositive().isLessThan(fresh.getBytes(StandardCharsets.UTF_8).length);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(save.get(30, TimeUnit.SECONDS).status()).isNotEqualTo(200);
        } finally {
            child.destroyForcibly();
        }
        assertThat(Files.readString(site.resolve("content/tips/meo.md"), StandardCharsets.UTF_8)).isEqualTo(old.toString());
        MicroSite.Run check = MicroSite.Run.of("check", "--source", site.toString());
        check.succeeds();
    }

    private static List<Path> hiddenTemps(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("content/tips"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(".meo.md.ck-")).toList();
        }
    }
}

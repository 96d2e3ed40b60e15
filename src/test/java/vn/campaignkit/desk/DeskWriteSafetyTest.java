package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing reaches the disk without the desk's token, from another origin or host, through a path outside
 * content/, data/, assets/ and site.yaml, or in a body too large: every refused request leaves every file of
 * the site folder (and its neighbours) exactly as it was.
 */
class DeskWriteSafetyTest {
    private static final String TIP = "content/tips/meo.md";
    private static final String TIP_TEXT = "---\ntitle: \"Mẹo\"\n---\nXin chào.\n";

    @TempDir
    static Path temp;
    static RunningDesk desk;
    static Path site;

    @BeforeAll
    static void start() throws IOException {
        site = temp.resolve("site");
        Files.createDirectories(site.resolve("content/tips"));
        Files.writeString(site.resolve("site.yaml"), "title: \"Thử\"\n");
        Files.writeString(site.resolve("content/index.md"), "---\ntitle: \"Trang chủ\"\n---\nXin chào.\n");
        Files.writeString(site.resolve(TIP), TIP_TEXT);
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/README.txt"), "not editable");
        Files.createDirectories(temp.resolve("site-evil/content"));
        Files.writeString(temp.resolve("site-evil/content/x.md"), "outside");
        Files.createDirectories(site.resolve("content-evil"));
        Files.writeString(temp.resolve("secret.txt"), "secret");
        desk = RunningDesk.on(site);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    private static Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".campaignkit")).toList()) {
                files.put(temp.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static Map<String, Object> save(String path, String text) throws IOException {
        Map<String, Object> body = new HashMap<>();
        body.put("path", path);
        body.put("text", text);
        body.put("version", desk.version(TIP));
        return body;
    }

    @Test
    void aSaveWithTokenOriginAndHostWrites() throws IOException {
        Path file = temp.resolve("site/content/tips/ghi.md");
        DeskHttp answer = desk.post("api/save", Map.of("path", "content/tips/ghi.md", "text", "---\ntitle: Ghi\n---\n", "version", "absent"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: Ghi\n---\n");
    }

    @Test
    void refusesAWriteWithoutTheToken() throws IOException {
        Map<String, String> before = snapshot();
        Map<String, String> noToken = new HashMap<>();
        noToken.put("X-CK-Token", null);
        DeskHttp answer = desk.send("POST", "api/save", RunningDesk.JSON.writeValueAsBytes(save(TIP, "hacked")), noToken);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void refusesAWriteWithAnotherToken() throws IOException {
        Map<String, String> before = snapshot();
        DeskHttp answer = desk.send("POST", "api/save", RunningDesk.JSON.writeValueAsBytes(save(TIP, "hacked")),
                Map.of("X-CK-Token", desk.token().substring(1) + "A"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "null", "http://localhost:1", "https://localhost:PORT", "http://127.0.0.1.evil.example:PORT", ""})
    void refusesAWriteFromAnotherOrigin(String origin) throws IOException {
        Map<String, String> before = snapshot();
        Map<String, String> headers = new HashMap<>();
        headers.put("Origin", origin.isEmpty() ? null : origin.replace("PORT", Integer.toString(desk.port())));
        DeskHttp answer = desk.send("POST", "api/save", RunningDesk.JSON.writeValueAsBytes(save(TIP, "hacked")), headers);
        assertThat(answer.status()).as(origin).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void refusesAWriteTheBrowserCallsCrossSite(String fetchSite) throws IOException {
        Map<String, String> before = snapshot();
        DeskHttp answer = desk.send("POST", "api/save", RunningDesk.JSON.writeValueAsBytes(save(TIP, "hacked")),
                Map.of("Sec-Fetch-Site", fetchSite));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "localhost.evil.example:PORT", "10.0.0.1:PORT"})
    void refusesAWriteForAnotherHost(String host) throws IOException {
        Map<String, String> before = snapshot();
        String h = host.replace("PORT", Integer.toString(desk.port()));
        DeskHttp answer = desk.send("POST", "api/save", RunningDesk.JSON.writeValueAsBytes(save(TIP, "hacked")),
                Map.of("Host", h, "Origin", "http://" + h));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "content/../../secret.txt", "content/tips/../../../secret.txt", "..",
        "%2e%2e/secret.txt", "content/%2e%2e/%2e%2e/secret.txt", "content%2f..%2f..%2fsecret.txt", "content/tips%2fmeo.md",
        "content\\tips\\meo.md", "..\\secret.txt", "/etc/passwd", "/tmp/x.md", "C:/Windows/win.ini", "C:\\Windows\\win.ini",
        "content-evil/x.md", "contentx/x.md", "content", "content/", "templates/README.txt", "templates/base.ftlh",
        "output/index.html", ".campaignkit/history/x", "content/.hidden.md", "content/tips/.meo.md.ck-1.tmp", "content/tips/#meo.md#",
        "content/tips/meo.md~", "content//tips/meo.md", "content/./tips/meo.md", "site.yaml/x", "../site-evil/content/x.md",
        "content/tips/con.md", "content/tips/meo.md.", "content/tips/a:b.md", "content/tips/\u0001.md", "", " content/tips/meo.md"})
    void refusesEveryPathOutsideTheEditableFolders(String path) throws IOException {
        Map<String, String> before = snapshot();
        for (String route : List.of("api/save", "api/delete", "api/restore")) {
            Map<String, Object> body = new HashMap<>(save(path, "hacked"));
            body.put("id", "20251020T101112.123Z-0123456789abcdef");
            DeskHttp answer = desk.post(route, body);
            assertThat(answer.status()).as(route + " " + path + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.body()).doesNotContain("\tat ").doesNotContain("Exception");
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2fsecret.txt", "%2e%2e/secret.txt", "content/%2e%2e/%2e%2e/secret.txt", "content%2ftips%2fmeo.md",
        "content%5ctips%5cmeo.md", "%252e%252e/secret.txt", "templates/README.txt", "content-evil/x.md", "%2fetc%2fpasswd",
        "C:%5CWindows%5Cwin.ini", ".campaignkit/history", "content/%00.md"})
    void refusesTheSamePathsWhenReading(String rawPath) throws IOException {
        DeskHttp answer = desk.get("api/file/" + rawPath);
        assertThat(answer.status()).as(rawPath).isIn(400, 404);
        assertThat(answer.body()).doesNotContain("secret").doesNotContain("not editable").doesNotContain("outside");
    }

    @Test
    void refusesToWriteThroughASymbolicLink() throws IOException {
        Path link = site.resolve("content/tips/link.md");
        Files.createSymbolicLink(link, temp.resolve("secret.txt"));
        Path folderLink = site.resolve("content/linked");
        Files.createSymbolicLink(folderLink, temp.resolve("site-evil/content"));
        try {
            Map<String, String> before = snapshot();
            assertThat(desk.post("api/save", Map.of("path", "content/tips/link.md", "text", "hacked", "version", "absent")).status()).isEqualTo(400);
            assertThat(desk.post("api/save", Map.of("path", "content/linked/x.md", "text", "hacked", "version", "absent")).status()).isEqualTo(400);
            assertThat(desk.post("api/save", Map.of("path", "content/linked/new.md", "text", "hacked", "version", "absent")).status()).isEqualTo(400);
            assertThat(snapshot()).isEqualTo(before);
            assertThat(Files.exists(temp.resolve("site-evil/content/new.md"))).isFalse();
        } finally {
            Files.delete(link);
            Files.delete(folderLink);
        }
    }

    @Test
    void refusesABodyLargerThanTheLimit() throws IOException {
        Map<String, String> before = snapshot();
        byte[] huge = new byte[FileRoutes.TEXT_LIMIT + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        DeskHttp answer = desk.send("POST", "api/save", huge, Map.of());
        assertThat(answer.status()).isEqualTo(413);
        DeskHttp upload = desk.send("POST", "api/upload?name=x.jpg", new byte[ImageRoutes.UPLOAD_LIMIT + 1],
                Map.of("Content-Type", "application/octet-stream"));
        assertThat(upload.status()).isEqualTo(413);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void answersMalformedRequestsWithAShortMessageAndNoStackTrace() throws IOException {
        for (byte[] body : List.of("{".getBytes(), "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[".getBytes(),
                "{\"path\": 42}".getBytes(), "\u0000\u0001".getBytes(), new byte[0])) {
            for (String route : List.of("api/save", "api/draft", "api/create", "api/delete", "api/untrash", "api/table/save")) {
                DeskHttp answer = desk.send("POST", route, body, Map.of());
                assertThat(answer.status()).as(route).isBetween(400, 499);
                assertThat(answer.body()).as(route).startsWith("{\"error\":").doesNotContain("\tat ").doesNotContain("Exception")
                        .doesNotContain("vn.campaignkit");
            }
        }
    }

    @Test
    void everyDeskAnswerForbidsFraming() throws IOException {
        for (String route : List.of("", "desk.js", "api/state", "api/files", "api/file/" + TIP, "nothing")) {
            DeskHttp answer = desk.get(route);
            assertThat(answer.hasHeader("X-Frame-Options: DENY")).as(route).isTrue();
        }
        assertThat(desk.get("").hasHeader("frame-ancestors 'none'")).isTrue();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws IOException {
        Map<String, String> before = snapshot();
        DeskHttp answer = desk.post("api/save", Map.of("path", TIP, "text", "mine", "version", "0".repeat(64)));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(desk.json(answer).path("diskText").asText()).isEqualTo(TIP_TEXT);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void readOnlyWhenListeningBeyondThisComputer() throws IOException {
        Path other = temp.resolve("shared");
        Files.createDirectories(other.resolve("content"));
        Files.writeString(other.resolve("content/index.md"), "---\ntitle: \"Chung\"\n---\n");
        try (RunningDesk shared = RunningDesk.on(other, InetAddress.getByName("0.0.0.0"), false)) {
            DeskHttp answer = shared.post("api/save", Map.of("path", "content/index.md", "text", "hacked", "version",
                    shared.version("content/index.md")));
            assertThat(answer.status()).isEqualTo(403);
            assertThat(shared.json(answer).path("error").asText()).contains("chỉ xem");
            assertThat(Files.readString(other.resolve("content/index.md"))).isEqualTo("---\ntitle: \"Chung\"\n---\n");
            assertThat(shared.json(shared.get("api/state")).path("editing").asBoolean()).isFalse();
        }
        try (RunningDesk allowed = RunningDesk.on(other, InetAddress.getByName("0.0.0.0"), true)) {
            DeskHttp answer = allowed.post("api/save", Map.of("path", "content/index.md", "text", "---\ntitle: \"Mới\"\n---\n",
                    "version", allowed.version("content/index.md")));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(allowed.log()).contains("--allow-edit-from-network");
        }
    }
}

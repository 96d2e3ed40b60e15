package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every path that could leave the built site is a 404, and only local Host names are answered. */
class DevServerSafetyTest {
    private static final String SECRET = "TOP-SECRET-42";

    @TempDir
    static Path temp;
    static DevServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/hello.md"), "Xin chào");
        Files.writeString(site.resolve("site.yaml"), "title: " + SECRET + "\n");
        Files.createDirectories(temp.resolve("site-secret"));
        Files.writeString(temp.resolve("site-secret/secret.txt"), SECRET);
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        PrintWriter quiet = new PrintWriter(new java.io.OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.UTF_8), true);
        server = DevServer.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), 0, ServeOptions.DEFAULT_QUIET),
                new FakeSiteBuild(site), quiet);
        port = server.url().getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesBuiltPagesWithTheReloadScript() throws IOException {
        RawHttp answer = RawHttp.get(port, "/hello/", "localhost:" + port);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Xin chào").contains("<script src=\"/__campaignkit/reload.js\"");
        assertThat(answer.head()).containsIgnoringCase("Content-Type: text/html; charset=utf-8");
    }

    @Test
    void redirectsAFolderWithoutItsSlash() throws IOException {
        RawHttp answer = RawHttp.get(port, "/hello", "localhost");
        assertThat(answer.status()).isEqualTo(301);
        assertThat(answer.head()).containsIgnoringCase("Location: /hello/");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/../site-secret/secret.txt",
        "/hello/../../site-secret/secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/site-secret/secret.txt",
        "/.%2e/secret.txt",
        "/hello/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsite-secret%2Fsecret.txt",
        "/..%5csecret.txt",
        "/..%5C..%5Csecret.txt",
        "/%252e%252e/secret.txt",
        "/%252e%252e%252fsecret.txt",
        "/..%255csecret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/%ff%fe/secret.txt",
        "//etc/passwd",
        "/etc/passwd",
        "///" ,
        "/C:%5CWindows%5Cwin.ini",
        "/C:/Windows/win.ini",
        "/site.yaml",
        "/content/hello.md",
        "/./hello/index.html",
        "/hello/./index.html",
        "/hello/..",
        "/%00",
        "/hello%00/index.html",
        "/__campaignkit/../site.yaml",
        "/__campaignkit/%2e%2e/secret.txt",
        "/__campaignkit/nothing.js",
    })
    void refusesEveryPathThatLeavesTheSite(String path) throws IOException {
        RawHttp answer = RawHttp.get(port, path, "localhost:" + port);
        assertThat(answer.status()).as(path).isEqualTo(404);
        assertThat(answer.body()).as(path).doesNotContain(SECRET);
    }

    /** The JDK's HTTP server answers 400 to request targets that are not URIs at all, before any of our code. */
    @ParameterizedTest
    @ValueSource(strings = {"/..\\secret.txt", "/%", "/%zz"})
    void refusesMalformedTargetsWithoutCrashing(String path) throws IOException {
        RawHttp answer = RawHttp.get(port, path, "localhost");
        assertThat(answer.status()).as(path).isIn(400, 404);
        assertThat(answer.body()).doesNotContain(SECRET);
        assertThat(RawHttp.get(port, "/hello/", "localhost").status()).isEqualTo(200);
    }

    @Test
    void refusesAnAbsoluteFormRequestThatLeavesTheSite() throws IOException {
        RawHttp answer = RawHttp.send(port, "GET http://localhost:" + port + "/../secret.txt HTTP/1.1\r\nHost: localhost\r\n");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain(SECRET);
    }

    @Test
    void refusesAnAbsoluteFormRequestNamingAnotherHost() throws IOException {
        RawHttp answer = RawHttp.send(port, "GET http://evil.example/hello/ HTTP/1.1\r\nHost: localhost\r\n");
        assertThat(answer.status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:PORT", "127.0.0.1", "127.0.0.1:PORT", "[::1]", "[::1]:PORT", "LOCALHOST:PORT"})
    void answersLocalHostNames(String host) throws IOException {
        RawHttp answer = RawHttp.get(port, "/hello/", host.replace("PORT", Integer.toString(port)));
        assertThat(answer.status()).as(host).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "localhost.evil.example", "127.0.0.1.nip.io:PORT",
        "localhost:PORT@evil.example", "localhost:notaport", "localhost:99999", "::1", "[::1", "10.0.0.1", "0.0.0.0:PORT", ""})
    void refusesOtherHostNames(String host) throws IOException {
        RawHttp answer = RawHttp.get(port, "/hello/", host.replace("PORT", Integer.toString(port)));
        assertThat(answer.status()).as(host).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("Xin chào");
    }

    @Test
    void refusesARequestWithoutHost() throws IOException {
        RawHttp answer = RawHttp.send(port, "GET /hello/ HTTP/1.0\r\n");
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void refusesTwoHostHeaders() throws IOException {
        RawHttp answer = RawHttp.send(port, "GET /hello/ HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n");
        assertThat(answer.status()).isIn(400, 403);
    }

    @Test
    void refusesMethodsOtherThanGetAndHead() throws IOException {
        assertThat(RawHttp.send(port, "POST /hello/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n").status()).isEqualTo(405);
        RawHttp head = RawHttp.send(port, "HEAD /hello/ HTTP/1.1\r\nHost: localhost\r\n");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void servesTheSiteNotFoundPageWithStatus404() throws IOException {
        RawHttp answer = RawHttp.get(port, "/khong-co/", "localhost");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("Không tìm thấy trang").contains("data-ck-page=\"khong-co/index.html\"");
    }
}

package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A desk started in this JVM on a copy of a site, with helpers to call its API as the desk page does. */
final class RunningDesk implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private final Desk desk;
    private final Path root;
    private final String token;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private RunningDesk(Path root, InetAddress bind, boolean allowEditFromNetwork) throws IOException {
        this.root = root.toRealPath();
        this.desk = Desk.start(new Desk.Options(root, bind, 0, 1, allowEditFromNetwork, Optional.empty(), LocalDate.of(2025, 10, 20)),
                new PrintWriter(log, true, StandardCharsets.UTF_8));
        DeskHttp page = DeskHttp.send(port(), "GET", "/__desk/", Map.of(), null);
        Matcher m = Pattern.compile("name=\"ck-token\" content=\"([A-Za-z0-9_-]+)\"").matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        this.token = m.group(1);
    }

    static RunningDesk on(Path site) throws IOException {
        return new RunningDesk(site, InetAddress.getLoopbackAddress(), false);
    }

    static RunningDesk on(Path site, InetAddress bind, boolean allowEditFromNetwork) throws IOException {
        return new RunningDesk(site, bind, allowEditFromNetwork);
    }

    /** A copy of the repository's default site (site.yaml, content/, data/) in {@code folder}. */
    static Path copyOfDefaultSite(Path folder) throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        Files.createDirectories(folder);
        Files.copy(repo.resolve("site.yaml"), folder.resolve("site.yaml"));
        for (String top : new String[] {"content", "data"}) {
            Path from = repo.resolve(top);
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(folder.resolve(top).resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, folder.resolve(top).resolve(from.relativize(file).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return folder;
    }

    Path root() {
        return root;
    }

    URI url() {
        return desk.url();
    }

    int port() {
        return desk.url().getPort();
    }

    String token() {
        return token;
    }

    String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A write as the desk page sends it: token, same-origin Origin, JSON body. */
    DeskHttp post(String route, Object body) throws IOException {
        return send("POST", route, JSON.writeValueAsBytes(body), Map.of());
    }

    DeskHttp get(String route) throws IOException {
        return DeskHttp.send(port(), "GET", "/__desk/" + route, Map.of(), null);
    }

    DeskHttp send(String method, String route, byte[] body, Map<String, String> overrides) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "localhost:" + port());
        headers.put("Origin", "http://localhost:" + port());
        headers.put("X-CK-Token", token);
        headers.put("Content-Type", "application/json");
        headers.put("Sec-Fetch-Site", "same-origin");
        headers.putAll(overrides);
        return DeskHttp.send(port(), method, "/__desk/" + route, headers, body);
    }

    JsonNode json(DeskHttp answer) throws IOException {
        return JSON.readTree(answer.body());
    }

    /** The version the desk gives the file now. */
    String version(String relative) throws IOException {
        return json(get("api/file/" + relative)).path("version").asText();
    }

    @Override
    public void close() {
        desk.close();
    }
}

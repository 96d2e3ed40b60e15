package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.campaignkit.cli.Main;

/** The repository's default site, built once per test run with a fixed day and base URL. */
public final class BuiltSite {
    public static final String NOW = "2025-10-20";
    public static final String BASE_URL = "https://khongmotminh.example.org/";
    private static Path output;

    private BuiltSite() {
    }

    /** The project's root folder, which is the default site. */
    public static Path root() {
        return Path.of("").toAbsolutePath();
    }

    public static synchronized Path output() {
        if (output == null) {
            try {
                Path dir = Files.createTempDirectory("campaignkit-default-site");
                output = dir.resolve("output");
                Result r = build(root(), output, "--now", NOW, "--base-url", BASE_URL);
                assertThat(r.exit()).as(r.err()).isZero();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return output;
    }

    /** The exit code and streams of one command. */
    public record Result(int exit, String out, String err) {
    }

    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static Result build(Path source, Path out, String... more) {
        String[] args = Stream.concat(Stream.of("build", "--source", source.toString(), "--output", out.toString()), Stream.of(more))
                .toArray(String[]::new);
        return run(args);
    }

    /**
     * Copies a folder and everything in it into {@code to} (made when missing; files there are replaced), or one file
     * to {@code to}; nothing when {@code from} is missing.
     */
    public static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        if (!Files.isDirectory(from)) {
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A copy of the default site in {@code to}: site.yaml and its content, data, templates and assets. */
    public static void copyDefaultSite(Path to) throws IOException {
        for (String part : List.of("content", "data", "templates", "assets")) {
            copyTree(root().resolve(part), to.resolve(part));
        }
        Files.copy(root().resolve("site.yaml"), to.resolve("site.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

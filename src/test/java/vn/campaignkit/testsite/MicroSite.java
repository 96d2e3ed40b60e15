package vn.campaignkit.testsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.campaignkit.cli.Main;

/**
 * A small site written inline into a temporary folder, and the command line run against it the way an
 * editor runs it: {@code Main.run(args, out, err)} with captured streams.
 */
public final class MicroSite {
    private final Path root;

    private MicroSite(Path root) {
        this.root = root;
    }

    /** A site with only a home page. */
    public static MicroSite in(Path folder) {
        return new MicroSite(folder).write("content/index.md", "---\ntitle: Trang chủ\n---\nXin chào.\n");
    }

    /** A completely empty folder (no home page). */
    public static MicroSite emptyIn(Path folder) {
        return new MicroSite(folder);
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("output");
    }

    public MicroSite write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public MicroSite writeBytes(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A tip file {@code content/tips/<name>.md} with the given front matter lines and body. */
    public MicroSite tip(String name, String frontMatter, String body) {
        return write("content/tips/" + name + ".md", "---\n" + frontMatter + "\n---\n" + body);
    }

    public Run check(String... extra) {
        return run("check", extra);
    }

    /** {@code build --pages-only}: the input rules are about pages; derived images and PDFs have their own tests. */
    public Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("--pages-only"));
        args.addAll(List.of(extra));
        return run("build", args.toArray(String[]::new));
    }

    /** {@code build} with derived files too. */
    public Run buildEverything(String... extra) {
        return run("build", extra);
    }

    private Run run(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--source", root.toString(), "--now", "2025-10-20"));
        args.addAll(List.of(extra));
        return Run.of(args.toArray(String[]::new));
    }

    /** The built page at a site path such as {@code tips/x/}, parsed with its file location as base. */
    public Document page(String sitePath) {
        Path file = output().resolve(sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below a folder with the SHA-256 of its bytes, by relative path. */
    public static Map<String, String> hashTree(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.exists(folder)) {
            return hashes;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String rel = folder.relativize(f).toString();
                if (Files.isDirectory(f)) {
                    hashes.put(rel + "/", "dir");
                } else {
                    hashes.put(rel, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)))
                            + " " + Files.getLastModifiedTime(f).toMillis());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    /** The outcome of one command line. */
    public record Run(int exit, String out, String err) {
        public static Run of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                exit = Main.run(args, o, e);
            }
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        /** The {@code path:line:col: error: …} lines of stderr. */
        public List<String> errors() {
            return err.lines().filter(l -> l.contains(": error: ")).toList();
        }

        /** Asserts the run failed with site problems, cleanly (no internal error, no stack trace). */
        public Run failsWithProblems() {
            assertThat(exit).as("exit code; stderr:%n%s", err).isEqualTo(Main.SITE_PROBLEMS);
            return hasNoStackTrace();
        }

        public Run succeeds() {
            assertThat(exit).as("exit code; stderr:%n%s", err).isEqualTo(Main.OK);
            return hasNoStackTrace();
        }

        public Run hasNoStackTrace() {
            assertThat(err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
            return this;
        }

        /**
         * Asserts one error line starts with {@code path:line:col: error: } and contains every fragment; a location
         * ending in ':' ({@code path:4:}) leaves the rest of the position open.
         */
        public Run reports(String location, String... fragments) {
            assertThat(errors()).as("stderr:%n%s", err).anySatisfy(line -> {
                assertThat(line).startsWith(location.endsWith(":") ? location : location + ": error: ");
                for (String f : fragments) {
                    assertThat(line).contains(f);
                }
            });
            return this;
        }

        /** Asserts no error line mentions the location prefix (e.g. a file that must be accepted). */
        public Run reportsNothingAbout(String pathPrefix) {
            assertThat(errors()).as("stderr:%n%s", err).noneMatch(l -> l.startsWith(pathPrefix));
            return this;
        }
    }
}

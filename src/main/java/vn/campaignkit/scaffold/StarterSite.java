package vn.campaignkit.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import vn.campaignkit.source.SourceScanner;

/**
 * A working site folder in one step ({@code new site DIR}, the desk's "Tạo trang mới"): the default campaign's
 * {@code site.yaml} and a few of its pages of every kind — tips, a hashtag, a contest, a page, a news post, a
 * quiz, a scenario, a frame, a printable — and a schools list of three rows, all carried inside the jar (its
 * templates and assets are built in already). Nothing is downloaded; no existing file is overwritten.
 */
public final class StarterSite {
    /** Where the jar keeps the starter files. */
    static final String RESOURCES = "campaignkit/starter/";

    /** What happened: the files written, or why nothing was. */
    public sealed interface Outcome {
        record Written(List<String> files) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }
    }

    private StarterSite() {
    }

    /** True when the folder already holds a site ({@code site.yaml} or {@code content/}). */
    public static boolean holdsSite(Path folder) {
        return Files.isRegularFile(folder.resolve("site.yaml"), LinkOption.NOFOLLOW_LINKS)
                || Files.isDirectory(folder.resolve("content"), LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes the starter site into {@code folder} (created if missing), unless it holds a site already. */
    public static Outcome write(Path folder) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Outcome.Refused(folder + " is a file, not a folder");
        }
        if (holdsSite(folder)) {
            return new Outcome.Refused(folder + " already holds a site (site.yaml or content/); nothing was written");
        }
        List<String> files = files();
        for (String file : files) {
            if (Files.exists(folder.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                return new Outcome.Refused(folder.resolve(file) + " exists already; nothing was written");
            }
        }
        for (String file : files) {
            Path target = folder.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = StarterSite.class.getClassLoader().getResourceAsStream(RESOURCES + file)) {
                if (in == null) {
                    throw new IllegalStateException("the starter file " + file + " is missing from the jar");
                }
                Files.write(target, in.readAllBytes());
            }
        }
        return new Outcome.Written(files);
    }

    /** The starter's files, site-relative, sorted. */
    static List<String> files() {
        try {
            Path location = Path.of(StarterSite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path dir = location.resolve(RESOURCES);
                try (Stream<Path> walk = Files.walk(dir)) {
                    return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                            .filter(p -> !SourceScanner.isIgnored(Path.of(p).getFileName().toString())).sorted().toList();
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(RESOURCES)).map(JarEntry::getName)
                        .map(n -> n.substring(RESOURCES.length())).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

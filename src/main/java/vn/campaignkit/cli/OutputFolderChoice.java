package vn.campaignkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import vn.campaignkit.source.SourceScanner;

/**
 * Refuses, before anything is built, an output folder that would destroy or feed the site: the site folder itself or
 * a folder around it, a folder inside what the build reads ({@code content/}, {@code data/}, {@code templates/},
 * {@code assets/}: the next build would read its own output as part of the site), or a file. Paths are compared
 * where they really are: {@code content/../content/out}, a trailing slash or a symbolic link to {@code content/}
 * name the same folder. The default {@code SOURCE/output} is inside the site folder but read by nothing.
 */
final class OutputFolderChoice {
    private OutputFolderChoice() {
    }

    /** Why {@code output} cannot receive a build of {@code source}; empty when it can. */
    static Optional<String> refusal(Path source, Path output) {
        Path site = real(source);
        Path out = real(output);
        if (site.equals(out)) {
            return Optional.of("the output folder " + output + " is the site folder itself (hint: choose another --output,"
                    + " e.g. the default " + source.resolve("output") + ")");
        }
        if (site.startsWith(out)) {
            return Optional.of("the output folder " + output + " contains the site folder (hint: choose another --output)");
        }
        for (String folder : SourceScanner.FOLDERS) {
            if (out.startsWith(site.resolve(folder)) || out.startsWith(real(source.resolve(folder)))) {
                return Optional.of("the output folder " + output + " is inside the site's " + folder + "/ folder: the next build"
                        + " would read its own output as part of the site (hint: choose a folder outside content/, data/,"
                        + " templates/ and assets/, e.g. the default " + source.resolve("output") + ")");
            }
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return Optional.of(output + " is a file, not a folder (hint: choose a folder with --output)");
        }
        return Optional.empty();
    }

    /**
     * Where a path really is: its deepest existing folder with every link and {@code ..} resolved by the system,
     * followed by the parts that do not exist yet.
     */
    static Path real(Path path) {
        Path existing = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return path.toAbsolutePath().normalize();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            real = existing.normalize();
        }
        for (Path part : missing) {
            real = real.resolve(part);
        }
        return real.normalize();
    }
}

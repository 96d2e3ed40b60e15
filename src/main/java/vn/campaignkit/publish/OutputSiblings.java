package vn.campaignkit.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The names of what a build keeps beside the output folder {@code X}: {@code X.tmp-<digits>} is a build being
 * written or a leftover being deleted, {@code X.old-<digits>} is a complete earlier output moved aside during the
 * swap, {@code X.campaignkit-lock} says a build is running, {@code X.campaignkit-previous} is the output before
 * the last one, kept to be written over by the next build of a big site. Only folders with exactly these names (digits only
 * after the dash, as every version of Campaign Kit made them) are ever deleted or restored.
 */
final class OutputSiblings {
    static final String STAGING = ".tmp-";
    static final String KEPT = ".old-";
    static final String LOCK = ".campaignkit-lock";
    static final String PREVIOUS = ".campaignkit-previous";

    private OutputSiblings() {
    }

    static Path lockFile(Path output) {
        return output.resolveSibling(output.getFileName() + LOCK);
    }

    /**
     * {@code X.campaignkit-previous}: the output of the build before the last one, kept beside a big output (its
     * unchanged files are the same files as the output's, so it costs little space) and made into the next build's
     * staging folder, so a big site is neither deleted nor linked file by file on every build.
     */
    static Path previous(Path output) {
        return output.resolveSibling(output.getFileName() + PREVIOUS);
    }

    /** A new, unused name {@code X.old-<digits>} for the previous output while the new one moves in. */
    static Path newKept(Path output) {
        return unused(output, KEPT);
    }

    /** A new, unused name {@code X.tmp-<digits>} for a folder about to be deleted. */
    static Path newTrash(Path output) {
        return unused(output, STAGING);
    }

    private static Path unused(Path output, String kind) {
        while (true) {
            Path candidate = output.resolveSibling(output.getFileName() + kind
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()));
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
    }

    /** The staging folders and leftovers {@code X.tmp-<digits>} beside the output, sorted by name. */
    static List<Path> staging(Path output) throws IOException {
        return list(output, STAGING);
    }

    /** The earlier outputs {@code X.old-<digits>} beside the output, sorted by name. */
    static List<Path> kept(Path output) throws IOException {
        return list(output, KEPT);
    }

    private static List<Path> list(Path output, String kind) throws IOException {
        Path parent = output.getParent();
        List<Path> found = new ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return found;
        }
        Pattern name = Pattern.compile(Pattern.quote(output.getFileName() + kind) + "[0-9]{1,20}");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                if (name.matcher(entry.getFileName().toString()).matches() && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(entry);
                }
            }
        }
        found.sort(null);
        return found;
    }
}

package vn.campaignkit.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.derive.PreviousOutput;

/**
 * Reads the previous build's manifest: the fingerprints of derived files (reused instead of re-rendered),
 * the fingerprint of the build's input, and the size of every file it wrote.
 */
public final class ManifestReader implements PreviousOutput {
    private final Path output;
    private final Map<String, String> fingerprints = new HashMap<>();
    private final Map<String, WrittenFile> files = new HashMap<>();
    private String input = "";

    public ManifestReader(Path output) {
        this.output = output.toAbsolutePath().normalize();
        Path manifest = this.output.resolve(StagingFolder.MANIFEST);
        if (Files.isRegularFile(manifest)) {
            try {
                for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                    read(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void read(String line) {
        String[] f = line.split("\t", -1);
        if (line.startsWith("#") || f.length < 2) {
            return;
        }
        if (f[0].equals(StagingFolder.INPUT_LINE) && f.length == 2) {
            input = f[1];
        } else if (f[0].equals(StagingFolder.FILE_LINE) && f.length == 3 && isCount(f[2])) {
            files.put(f[1], new WrittenFile(f[1], Long.parseLong(f[2])));
        } else if (f.length == 2 && !f[0].isEmpty()) {
            fingerprints.put(f[0], f[1]);
        }
    }

    private static boolean isCount(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when the folder is empty, missing, or was written by Campaign Kit (safe to replace). */
    public static boolean isReplaceable(Path output) {
        try {
            if (!Files.exists(output)) {
                return true;
            }
            if (!Files.isDirectory(output)) {
                return false;
            }
            if (Files.isRegularFile(output.resolve(StagingFolder.MANIFEST))) {
                return true;
            }
            try (var entries = Files.list(output)) {
                return entries.findAny().isEmpty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Path> reusable(String outputPath, String fingerprint) {
        if (!fingerprint.equals(fingerprints.get(outputPath))) {
            return Optional.empty();
        }
        Path file = output.resolve(outputPath).normalize();
        return file.startsWith(output) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * True when the last build had exactly this input fingerprint and every file it wrote is still there with
     * its size: the output is current and a new build would write the same bytes.
     */
    public boolean upToDate(String inputFingerprint) {
        if (input.isEmpty() || !input.equals(inputFingerprint) || files.isEmpty()) {
            return false;
        }
        return files.values().parallelStream().allMatch(w -> sameSize(output.resolve(w.path()).normalize(), w.size()));
    }

    /**
     * The previous build's file at this path when its content equals {@code bytes}. Only a file recorded with
     * the same size is read and compared, so a first build or a changed size costs nothing.
     */
    Optional<Path> identical(String outputPath, byte[] bytes) {
        WrittenFile w = files.get(outputPath);
        if (w == null || w.size() != bytes.length) {
            return Optional.empty();
        }
        Path file = output.resolve(outputPath).normalize();
        if (!sameSize(file, bytes.length)) {
            return Optional.empty();
        }
        try {
            return Arrays.equals(Files.readAllBytes(file), bytes) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean sameSize(Path file, long size) {
        if (!file.startsWith(output)) {
            return false;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == size;
        } catch (IOException e) {
            return false;
        }
    }
}

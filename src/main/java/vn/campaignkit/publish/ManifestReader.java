package vn.campaignkit.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.derive.PreviousOutput;

/**
 * Reads the previous build's manifest: the fingerprints of derived files (reused instead of re-rendered),
 * the fingerprint of the build's input, and the size of every file it wrote.
 */
public final class ManifestReader implements PreviousOutput {
    /** Far more than the manifest of the largest site (6,100 schools: about 5 MB). */
    private static final long MAX_BYTES = 256L << 20;
    private final Path output;
    /** The fingerprint lines, read into {@link #fingerprints} only when a build asks (an unchanged site never does). */
    private final List<String> fingerprintLines = new java.util.ArrayList<>();
    private volatile Map<String, String> fingerprints;
    private final Map<String, WrittenFile> files = new HashMap<>();
    private String input = "";

    public ManifestReader(Path output) {
        this.output = output.toAbsolutePath().normalize();
        trustedLines(this.output.resolve(StagingFolder.MANIFEST)).ifPresent(lines -> lines.forEach(this::read));
    }

    /**
     * The lines of a manifest that is whole: UTF-8, ending in the seal line that matches everything above it.
     * A manifest cut short, edited, damaged or from an older version is not trusted at all (the build then
     * writes everything, as the first build did); it never stops a build.
     */
    private static Optional<List<String>> trustedLines(Path manifest) {
        try {
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) || Files.size(manifest) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(manifest);
            int end = bytes.length - 1;
            if (end < 0 || bytes[end] != '\n') {
                return Optional.empty();
            }
            int last = end - 1;
            while (last >= 0 && bytes[last] != '\n') {
                last--;
            }
            last++;
            byte[] seal = (StagingFolder.END_LINE + "\t" + StagingFolder.seal(bytes, last) + "\n").getBytes(StandardCharsets.UTF_8);
            if (!Arrays.equals(bytes, last, bytes.length, seal, 0, seal.length)) {
                return Optional.empty();
            }
            // the seal matched, so these are the very bytes a build wrote as UTF-8: decoded without a second check
            String above = new String(bytes, 0, last, StandardCharsets.UTF_8);
            List<String> lines = new java.util.ArrayList<>(above.length() / 64);
            for (int from = 0; from < above.length(); ) {
                int eol = above.indexOf('\n', from);
                if (eol < 0) {
                    eol = above.length();
                }
                lines.add(above.substring(from, eol));
                from = eol + 1;
            }
            return Optional.of(lines);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void read(String line) {
        if (line.startsWith("#")) {
            return;
        }
        if (line.startsWith(StagingFolder.FILE_LINE + "\t")) {
            int first = StagingFolder.FILE_LINE.length();
            int last = line.lastIndexOf('\t');
            if (last > first && line.indexOf('\t', first + 1) == last && isCount(line.substring(last + 1))) {
                String path = line.substring(first + 1, last);
                files.put(path, new WrittenFile(path, Long.parseLong(line.substring(last + 1))));
            }
        } else if (line.startsWith(StagingFolder.INPUT_LINE + "\t")) {
            String[] f = line.split("\t", -1);
            if (f.length == 2) {
                input = f[1];
            }
        } else {
            fingerprintLines.add(line);
        }
    }

    /** The fingerprints of the last build's derived files and pages, read from their lines on first use. */
    private Map<String, String> fingerprints() {
        Map<String, String> read = fingerprints;
        if (read == null) {
            synchronized (this) {
                read = fingerprints;
                if (read == null) {
                    read = new HashMap<>();
                    for (String line : fingerprintLines) {
                        String[] f = line.split("\t", -1);
                        if (f.length == 2 && !f[0].isEmpty() && !f[0].startsWith("@")) {
                            read.put(f[0], f[1]);
                        }
                    }
                    fingerprints = read;
                }
            }
        }
        return read;
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

    /**
     * True when the folder is empty, missing, or was written by Campaign Kit (safe to replace): it holds a manifest,
     * even one that is not trusted.
     */
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
            throw CannotWriteOutputException.of(e, output, 0);
        }
    }

    /** Bytes of all files the last build wrote; 0 when the manifest is missing or not trusted. */
    public long totalBytes() {
        return files.values().stream().mapToLong(WrittenFile::size).sum();
    }

    @Override
    public Optional<String> fingerprint(String outputPath) {
        return Optional.ofNullable(fingerprints().get(outputPath));
    }

    @Override
    public Optional<Path> reusable(String outputPath, String fingerprint) {
        if (!fingerprint.equals(fingerprints().get(outputPath))) {
            return Optional.empty();
        }
        // the file must still be the one the last build wrote: a file cut short or replaced is made again
        WrittenFile w = files.get(outputPath);
        Path file = output.resolve(outputPath).normalize();
        return w != null && sameSize(file, w.size()) ? Optional.of(file) : Optional.empty();
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
     * The size the last build recorded for {@code outputPath} when {@code file} is that build's file at that very
     * path and still has that size; empty for any other file.
     */
    Optional<Long> recordedSize(String outputPath, Path file) {
        WrittenFile w = files.get(outputPath);
        if (w == null || !file.toAbsolutePath().normalize().equals(output.resolve(outputPath).normalize())) {
            return Optional.empty();
        }
        return sameSize(file, w.size()) ? Optional.of(w.size()) : Optional.empty();
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
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == size;
        } catch (IOException e) {
            return false;
        }
    }
}

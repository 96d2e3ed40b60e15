package vn.campaignkit.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.campaignkit.render.OutputSink;

/**
 * A temporary sibling of the output folder. Files are written here during the build; {@link #swapIn()}
 * replaces the output folder only when the build succeeded, {@link #discard()} otherwise. A file whose
 * bytes equal the previous build's file at the same path is hard-linked to it instead of being written
 * again (the previous output itself is never modified), so unchanged files keep their time and inode.
 */
public final class StagingFolder implements OutputSink, AutoCloseable {
    public static final String MANIFEST = ".campaignkit-manifest.tsv";
    static final String INPUT_LINE = "@input";
    static final String FILE_LINE = "@file";
    private final Path output;
    private final Path staging;
    private final Optional<ManifestReader> previous;
    private final Map<String, WrittenFile> written = new ConcurrentHashMap<>();
    private final AtomicInteger linked = new AtomicInteger();
    private boolean swapped;

    public StagingFolder(Path output) {
        this(output, Optional.empty());
    }

    /** A staging folder that reuses the files of {@code previous} that come out byte-identical. */
    public StagingFolder(Path output, Optional<ManifestReader> previous) {
        this.previous = previous;
        this.output = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.output.getParent());
            this.staging = Files.createTempDirectory(this.output.getParent(), this.output.getFileName() + ".tmp-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return staging;
    }

    @Override
    public void write(String outputPath, byte[] bytes) {
        Path target = target(outputPath);
        try {
            Files.createDirectories(target.getParent());
            Optional<Path> same = previous.flatMap(p -> p.identical(outputPath, bytes));
            if (same.isEmpty() || !link(target, same.get())) {
                Files.write(target, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!outputPath.equals(MANIFEST)) {
            written.put(outputPath, new WrittenFile(outputPath, bytes.length));
        }
    }

    @Override
    public void copy(String outputPath, Path from) {
        try {
            write(outputPath, Files.readAllBytes(from));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean link(Path target, Path existing) {
        try {
            Files.deleteIfExists(target);
            Files.createLink(target, existing);
            linked.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** How many files were linked to the previous build's identical files instead of being written. */
    public int unchangedFiles() {
        return linked.get();
    }

    /** Records the fingerprints of derived files so the next build can reuse them. */
    public void writeManifest(Map<String, String> fingerprints) {
        writeManifest(fingerprints, "");
    }

    /**
     * Records the fingerprints of derived files, the build's input fingerprint and the size of every file
     * written, so the next build can stop early or reuse identical files.
     */
    public void writeManifest(Map<String, String> fingerprints, String inputFingerprint) {
        StringBuilder sb = new StringBuilder("# Campaign Kit build manifest: output path, input fingerprint\n");
        fingerprints.forEach((path, fp) -> sb.append(path).append('\t').append(fp).append('\n'));
        if (!inputFingerprint.isEmpty()) {
            sb.append(INPUT_LINE).append('\t').append(inputFingerprint).append('\n');
        }
        new TreeMap<>(written).values().forEach(w -> sb.append(FILE_LINE).append('\t').append(w.path()).append('\t')
                .append(w.size()).append('\n'));
        write(MANIFEST, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Path target(String outputPath) {
        Path target = staging.resolve(outputPath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + outputPath);
        }
        return target;
    }

    /** Replaces the output folder with the finished build. */
    public void swapIn() {
        try {
            Path old = null;
            if (Files.exists(output)) {
                old = output.resolveSibling(output.getFileName() + ".old-" + System.nanoTime());
                move(output, old);
            }
            move(staging, output);
            swapped = true;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes the staging folder; the previous output stays exactly as it was. */
    public void discard() {
        if (!swapped) {
            deleteTree(staging);
        }
    }

    @Override
    public void close() {
        discard();
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

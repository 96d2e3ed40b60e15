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
import vn.campaignkit.render.OutputSink;

/**
 * A temporary sibling of the output folder. Files are written here during the build; {@link #swapIn()}
 * replaces the output folder only when the build succeeded, {@link #discard()} otherwise.
 */
public final class StagingFolder implements OutputSink, AutoCloseable {
    public static final String MANIFEST = ".campaignkit-manifest.tsv";
    private final Path output;
    private final Path staging;
    private boolean swapped;

    public StagingFolder(Path output) {
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
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(String outputPath, Path from) {
        Path target = target(outputPath);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the fingerprints of derived files so the next build can reuse them. */
    public void writeManifest(Map<String, String> fingerprints) {
        StringBuilder sb = new StringBuilder("# Campaign Kit build manifest: output path, input fingerprint\n");
        fingerprints.forEach((path, fp) -> sb.append(path).append('\t').append(fp).append('\n'));
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

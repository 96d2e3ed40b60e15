package vn.campaignkit.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import vn.campaignkit.derive.PreviousOutput;

/**
 * Derived files (images, PDFs, calendars) of earlier preview builds, kept in a temporary folder of
 * the preview's own by output path and fingerprint, so a file is drawn again only when its inputs
 * changed, even across full rebuilds. The folder is deleted when the preview stops.
 */
public final class DerivedFileCache implements PreviousOutput, AutoCloseable {
    private final Path folder;

    public DerivedFileCache() throws IOException {
        folder = Files.createTempDirectory("campaignkit-serve-");
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Optional<Path> reusable(String outputPath, String fingerprint) {
        Path file = fileFor(outputPath, fingerprint);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Remembers a derived file for later builds. */
    void keep(String outputPath, String fingerprint, byte[] bytes) {
        Path file = fileFor(outputPath, fingerprint);
        try {
            if (!Files.exists(file)) {
                Path part = Files.createTempFile(folder, "part-", ".tmp");
                Files.write(part, bytes);
                Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path fileFor(String outputPath, String fingerprint) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(outputPath.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}

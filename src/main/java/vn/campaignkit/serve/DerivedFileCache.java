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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.campaignkit.derive.PreviousOutput;

/**
 * Derived files (images, PDFs, calendars) of earlier preview builds, kept in a temporary folder of
 * the preview's own by output path and fingerprint, so a rebuild redraws only what changed. The
 * folder is deleted when the preview stops.
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

    /** Remembers this build's derived files for the next one. */
    void keep(Map<String, String> fingerprints, Map<String, byte[]> files) {
        fingerprints.forEach((outputPath, fingerprint) -> {
            byte[] bytes = files.get(outputPath);
            Path file = fileFor(outputPath, fingerprint);
            if (bytes != null && !Files.exists(file)) {
                try {
                    Files.write(file, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
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

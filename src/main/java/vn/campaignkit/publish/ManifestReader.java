package vn.campaignkit.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.derive.PreviousOutput;

/** Reads the previous build's manifest so unchanged derived files are copied instead of re-rendered. */
public final class ManifestReader implements PreviousOutput {
    private final Path output;
    private final Map<String, String> fingerprints = new HashMap<>();

    public ManifestReader(Path output) {
        this.output = output.toAbsolutePath().normalize();
        Path manifest = this.output.resolve(StagingFolder.MANIFEST);
        if (Files.isRegularFile(manifest)) {
            try {
                for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (!line.startsWith("#") && tab > 0) {
                        fingerprints.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
}

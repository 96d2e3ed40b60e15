package vn.campaignkit.derive;

import java.nio.file.Path;
import java.util.Optional;

/** The last successful build's files, for reusing derived files whose fingerprint has not changed. */
public interface PreviousOutput {
    Optional<Path> reusable(String outputPath, String fingerprint);

    PreviousOutput NONE = (path, fingerprint) -> Optional.empty();
}

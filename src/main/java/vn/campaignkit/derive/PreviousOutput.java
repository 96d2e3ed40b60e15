package vn.campaignkit.derive;

import java.nio.file.Path;
import java.util.Optional;

/** The last successful build's files, for reusing derived files and pages whose fingerprint has not changed. */
public interface PreviousOutput extends vn.campaignkit.render.PageReuse.Previous {
    @Override
    Optional<Path> reusable(String outputPath, String fingerprint);

    /** The fingerprint the last build recorded for a file, if any. */
    @Override
    default Optional<String> fingerprint(String outputPath) {
        return Optional.empty();
    }

    PreviousOutput NONE = (path, fingerprint) -> Optional.empty();
}

package vn.campaignkit.desk;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.campaignkit.scaffold.StarterSite;

/**
 * Where the desk's site is when no {@code --source} is given: the current folder if it holds a site, else the
 * folder of the jar if it holds one (a jar double-clicked inside the site folder), else nowhere — then the
 * window asks.
 */
public final class SiteFolderFinder {
    private SiteFolderFinder() {
    }

    public static Optional<Path> find(Path current) {
        if (StarterSite.holdsSite(current)) {
            return Optional.of(current);
        }
        return jarFolder().filter(StarterSite::holdsSite);
    }

    /** The folder holding the running jar; empty when running from class folders (tests, the IDE). */
    static Optional<Path> jarFolder() {
        try {
            Path location = Path.of(SiteFolderFinder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.ofNullable(location.toAbsolutePath().getParent()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}

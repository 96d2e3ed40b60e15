package vn.campaignkit.serve;

import java.util.Set;
import java.util.TreeSet;

/**
 * Site-relative paths (forward slashes, NFC, e.g. {@code content/tips/x.md}) that changed since the
 * last build; {@code everything} asks for a full build (first build, lost watch events, folder moves).
 */
public record ChangeSet(Set<String> paths, boolean everything) {

    public ChangeSet {
        paths = Set.copyOf(paths);
    }

    public static ChangeSet all() {
        return new ChangeSet(Set.of(), true);
    }

    public static ChangeSet of(String... paths) {
        return new ChangeSet(Set.of(paths), false);
    }

    public ChangeSet plus(ChangeSet other) {
        Set<String> merged = new TreeSet<>(paths);
        merged.addAll(other.paths);
        return new ChangeSet(merged, everything || other.everything);
    }

    public boolean isEmpty() {
        return paths.isEmpty() && !everything;
    }
}

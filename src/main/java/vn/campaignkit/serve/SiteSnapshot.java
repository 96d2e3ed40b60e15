package vn.campaignkit.serve;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable built site: output path ({@code tips/x/index.html}) to bytes. The byte arrays are
 * shared, never modified; a partial rebuild reuses the arrays of the files it did not touch.
 */
public final class SiteSnapshot {
    private final Map<String, byte[]> files;

    public SiteSnapshot(Map<String, byte[]> files) {
        this.files = Map.copyOf(files);
    }

    public Optional<byte[]> file(String outputPath) {
        return Optional.ofNullable(files.get(outputPath));
    }

    public boolean contains(String outputPath) {
        return files.containsKey(outputPath);
    }

    /** The output paths, sorted. */
    public Set<String> paths() {
        return new TreeSet<>(files.keySet());
    }

    public Map<String, byte[]> files() {
        return files;
    }

    public int size() {
        return files.size();
    }

    /** Output paths added, removed or changed in content between {@code before} and this snapshot. */
    public Set<String> changedSince(SiteSnapshot before) {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, byte[]> entry : files.entrySet()) {
            byte[] old = before.files.get(entry.getKey());
            if (old != entry.getValue() && (old == null || !Arrays.equals(old, entry.getValue()))) {
                changed.add(entry.getKey());
            }
        }
        for (String path : before.files.keySet()) {
            if (!files.containsKey(path)) {
                changed.add(path);
            }
        }
        return changed;
    }
}

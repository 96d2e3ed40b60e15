package vn.campaignkit.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.campaignkit.problem.Problem;

/**
 * An immutable built site: output path ({@code tips/x/index.html}) to bytes. The byte arrays are
 * shared, never modified; a partial rebuild reuses the arrays of the files it did not touch. Derived
 * files may be deferred: planned with the build, made on first request.
 */
public final class SiteSnapshot {
    private final Map<String, byte[]> files;
    private final DeferredFiles deferred;

    public SiteSnapshot(Map<String, byte[]> files) {
        this(files, DeferredFiles.NONE);
    }

    /** Files already made, and derived files made on first request. */
    SiteSnapshot(Map<String, byte[]> files, DeferredFiles deferred) {
        this.files = Map.copyOf(files);
        this.deferred = deferred;
    }

    public Optional<byte[]> file(String outputPath) {
        byte[] made = files.get(outputPath);
        return made != null ? Optional.of(made) : deferred.file(outputPath);
    }

    /** Why a derived file could not be made; empty for every other file. */
    List<Problem> problems(String outputPath) {
        return deferred.problems(outputPath);
    }

    public boolean contains(String outputPath) {
        return files.containsKey(outputPath) || deferred.contains(outputPath);
    }

    /** The output paths, sorted. */
    public Set<String> paths() {
        Set<String> all = new TreeSet<>(files.keySet());
        all.addAll(deferred.paths());
        return all;
    }

    /** The files made so far (derived files are made on request). */
    public Map<String, byte[]> files() {
        return files;
    }

    DeferredFiles deferred() {
        return deferred;
    }

    public int size() {
        return files.size() + (int) deferred.paths().stream().filter(path -> !files.containsKey(path)).count();
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
        changed.addAll(deferred.changedSince(before.deferred));
        return changed;
    }
}

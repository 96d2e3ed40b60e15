package vn.campaignkit.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;

/**
 * The derived files of a preview build (frames, social images, wallpapers, print PDFs, calendars),
 * made when the browser first asks for one rather than all at every build: a preview shows a few of
 * them, a full set can take minutes. A file made once is kept while its fingerprint stays the same,
 * in memory and in the preview's own temporary folder.
 */
final class DeferredFiles {
    static final DeferredFiles NONE = new DeferredFiles(List.of(), null, null);

    private final Map<String, DeriveJob> jobs = new HashMap<>();
    private final Map<String, String> fingerprints = new HashMap<>();
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    private final Map<String, List<Problem>> failed = new ConcurrentHashMap<>();
    private final DerivedFileCache cache;

    /** The planned jobs; files of {@code before} whose fingerprint is unchanged are kept. */
    DeferredFiles(List<DeriveJob> planned, DeferredFiles before, DerivedFileCache cache) {
        this.cache = cache;
        for (DeriveJob job : planned) {
            jobs.put(job.outputPath(), job);
            fingerprints.put(job.outputPath(), job.fingerprint());
        }
        if (before != null) {
            before.made.forEach((path, bytes) -> {
                if (fingerprints.get(path) != null && fingerprints.get(path).equals(before.fingerprints.get(path))) {
                    made.put(path, bytes);
                }
            });
        }
    }

    Set<String> paths() {
        return jobs.keySet();
    }

    boolean contains(String path) {
        return jobs.containsKey(path);
    }

    /** The file, made now if needed; empty when it is not a derived file or could not be made (see {@link #problems}). */
    Optional<byte[]> file(String path) {
        DeriveJob job = jobs.get(path);
        if (job == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(made.computeIfAbsent(path, p -> make(job)));
    }

    /** Why a derived file could not be made, if it could not. */
    List<Problem> problems(String path) {
        return failed.getOrDefault(path, List.of());
    }

    /** Derived files added, removed or with another fingerprint than in {@code before}. */
    Set<String> changedSince(DeferredFiles before) {
        Set<String> changed = new TreeSet<>();
        fingerprints.forEach((path, fingerprint) -> {
            if (!fingerprint.equals(before.fingerprints.get(path))) {
                changed.add(path);
            }
        });
        before.fingerprints.keySet().stream().filter(path -> !fingerprints.containsKey(path)).forEach(changed::add);
        return changed;
    }

    private byte[] make(DeriveJob job) {
        String fingerprint = fingerprints.get(job.outputPath());
        Optional<Path> kept = cache == null ? Optional.empty() : cache.reusable(job.outputPath(), fingerprint);
        try {
            if (kept.isPresent()) {
                return Files.readAllBytes(kept.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems problems = new Problems();
        byte[] bytes = job.render(problems);
        if (!problems.isEmpty()) {
            failed.put(job.outputPath(), problems.sorted());
            return null;
        }
        if (cache != null) {
            cache.keep(job.outputPath(), fingerprint, bytes);
        }
        return bytes;
    }
}

package vn.campaignkit.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Probes each distinct image once: verdicts are kept by file and fingerprint (size and modification time), so
 * the 6,100 school pages of a national site that show one picture read it once, and the preview's next build
 * reads only the images that changed. Thread-safe; one instance lives as long as the pipeline that owns it.
 */
public final class ImageProbes {
    private record Fingerprint(long size, long modifiedNanos) {
    }

    private record Entry(Fingerprint fingerprint, ImageProbe verdict) {
    }

    private final Map<Path, Entry> files = new ConcurrentHashMap<>();
    private final Map<String, ImageProbe> builtIns = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    /** The verdict on a file of the site. */
    public ImageProbe probe(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Fingerprint now;
        try {
            BasicFileAttributes attrs = Files.readAttributes(key, BasicFileAttributes.class);
            now = new Fingerprint(attrs.size(), attrs.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
                    + attrs.lastModifiedTime().toInstant().getNano());
        } catch (IOException e) {
            return new ImageProbe.Unreadable("the file cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file exists and may be read");
        }
        Fingerprint fingerprint = now;
        return files.compute(key, (k, known) -> known != null && known.fingerprint().equals(fingerprint) ? known
                : new Entry(fingerprint, read(k))).verdict();
    }

    private ImageProbe read(Path file) {
        reads.incrementAndGet();
        try {
            return ImageProbe.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return new ImageProbe.Unreadable("the file cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file exists and may be read");
        }
    }

    /** The verdict on an image that never changes while the program runs (a built-in asset of the jar). */
    public ImageProbe probe(String builtInName, Supplier<byte[]> bytes) {
        return builtIns.computeIfAbsent(builtInName, name -> {
            reads.incrementAndGet();
            return ImageProbe.of(bytes.get());
        });
    }

    /** How many files were read and probed so far (the rest were answered from memory). */
    public int reads() {
        return reads.get();
    }
}

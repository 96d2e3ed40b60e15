package vn.campaignkit.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * File bytes read once per build: the input fingerprint reads every content file to hash it and keeps the
 * bytes here, so the model takes them instead of opening the file a second time (on a slow disk, 10,000
 * opens cost more than the hashing). Each kept file is handed out once and then forgotten.
 */
public final class SourceContents {
    private final Map<Path, byte[]> kept = new ConcurrentHashMap<>();

    /** Reads a file, keeping its bytes for one later {@link #take}. */
    public byte[] readAndKeep(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        kept.put(file, bytes);
        return bytes;
    }

    /** The bytes kept for this file, handed out once; empty when the caller must read the file itself. */
    public Optional<byte[]> take(Path file) {
        return Optional.ofNullable(kept.remove(file));
    }

    /** Forgets what nobody took. */
    public void clear() {
        kept.clear();
    }
}

package vn.campaignkit.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.campaignkit.render.OutputSink;

/** Collects one build's output files in memory; thread-safe, as pages are rendered in parallel. */
final class MemorySink implements OutputSink {
    private final Map<String, byte[]> files;

    MemorySink() {
        this(new ConcurrentHashMap<>());
    }

    /** Writes into an existing map (which must be thread-safe), replacing files of the same path. */
    MemorySink(Map<String, byte[]> files) {
        this.files = files;
    }

    @Override
    public void write(String outputPath, byte[] bytes) {
        files.put(outputPath, bytes);
    }

    @Override
    public void copy(String outputPath, Path from) {
        try {
            files.put(outputPath, Files.readAllBytes(from));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, byte[]> files() {
        return files;
    }
}

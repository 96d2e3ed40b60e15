package vn.campaignkit.publish;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One build's hold on its output folder, from the first look to the swap: takes the {@link OutputLock}, puts
 * right what stopped builds left ({@link LeftoverFolders}), opens the {@link StagingFolder}, and lets go of all of
 * it on close. On Ctrl+C (or a plain {@code kill}) the staging folder and the lock file are deleted, unless the
 * swap has begun: then the swap finishes or the next build puts the output back.
 */
public final class Publication implements AutoCloseable {
    private final Path output;
    private final OutputLock lock;
    private final LeftoverFolders.Report leftovers;
    private StagingFolder staging;
    private Thread onStop;

    private Publication(Path output, OutputLock lock, LeftoverFolders.Report leftovers) {
        this.output = output;
        this.lock = lock;
        this.leftovers = leftovers;
    }

    /**
     * Takes the output folder for this build; fails with {@link CannotWriteOutputException} when another build
     * holds it or nothing can be written there.
     */
    public static Publication open(Path output) {
        Path out = output.toAbsolutePath().normalize();
        OutputLock lock = OutputLock.acquire(out);
        try {
            return new Publication(out, lock, LeftoverFolders.putRight(out, lock));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** What earlier, stopped builds had left and this one put right. */
    public LeftoverFolders.Report leftovers() {
        return leftovers;
    }

    /**
     * The staging folder of this build, reusing the identical files of {@code previous}; it starts from the kept
     * output before the last one when a big site left one ({@link StagingFolder#reusingPrevious}).
     */
    public StagingFolder stage(ManifestReader previous) {
        if (staging != null) {
            throw new IllegalStateException("one staging folder per build");
        }
        StagingFolder folder = StagingFolder.reusingPrevious(output, previous);
        staging = folder;
        onStop = new Thread(() -> {
            if (folder.abandon()) {
                folder.discard();
                lock.close();
            }
        }, "campaignkit-stop-build");
        try {
            Runtime.getRuntime().addShutdownHook(onStop);
        } catch (IllegalStateException e) {
            onStop = null;
        }
        return folder;
    }

    /** A folder of this build that could not be deleted (the next build deletes it), if any. */
    public Optional<Path> leftBehind() {
        return staging == null ? Optional.empty() : staging.leftBehind();
    }

    /** Deletes the staging folder unless it was swapped in, and lets go of the lock. */
    @Override
    public void close() {
        if (onStop != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException e) {
                // the JVM is stopping and the hook runs
            }
        }
        if (staging != null) {
            staging.discard();
        }
        lock.close();
    }
}

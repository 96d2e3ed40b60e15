package vn.campaignkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.campaignkit.publish.CannotWriteOutputException;

/**
 * Tells an editor why the output could not be written, where, and what to do: free this much space, choose
 * another folder, wait for the other build. The machine's problem, said as such, never as a bug.
 */
final class CannotWriteMessage {
    private static final long MB = 1L << 20;

    private CannotWriteMessage() {
    }

    /**
     * @param previousBytes size of the last complete build (0 when unknown), the estimate of what a build needs
     */
    static String of(CannotWriteOutputException e, Path output, long previousBytes) {
        return of(e, output, previousBytes, freeSpace(output));
    }

    /** The message when {@code free} bytes are free on the output's disk (-1: unknown). */
    static String of(CannotWriteOutputException e, Path output, long previousBytes, long free) {
        String unchanged = unchanged(output);
        return switch (e.reason()) {
            case IN_USE -> "error: another Campaign Kit build is writing " + output + " right now"
                    + " (hint: wait until it has finished and build again, or choose another --output)";
            case NO_SPACE -> noSpace(e, output, previousBytes, free);
            case NOT_ALLOWED -> "error: Campaign Kit may not write in " + folderOf(e.where()) + " (" + e.detail() + ")" + unchanged
                    + " (hint: choose a folder you may write with --output, or ask whoever looks after this computer"
                    + " for permission to write there)";
            case READ_ONLY -> "error: the disk of " + folderOf(e.where()) + " can only be read, not written (" + e.detail() + ")"
                    + unchanged + " (hint: choose a folder on another disk with --output; a USB stick or memory card"
                    + " may have a lock switch)";
            case NOT_A_FOLDER -> "error: cannot make the output folder " + output + ": " + e.where()
                    + " is a file where a folder is needed (hint: move that file away, or choose another --output)";
            case OTHER -> "error: cannot write " + e.where() + " (" + e.detail() + ")" + unchanged
                    + " (hint: check the disk, or choose a folder on another disk with --output)";
        };
    }

    private static String noSpace(CannotWriteOutputException e, Path output, long previousBytes, long free) {
        StringBuilder text = new StringBuilder("error: the disk is full: cannot write " + e.where() + " (" + e.detail() + ")");
        long needed;
        if (previousBytes > 0) {
            needed = previousBytes + previousBytes / 10;
            text.append("; the build needs up to about ").append(megabytes(needed))
                    .append(" MB there (the size of the last complete build, and a tenth more)");
        } else {
            needed = 2 * e.bytesWritten() + MB;
            text.append("; the build had written ").append(megabytes(e.bytesWritten()))
                    .append(" MB when the disk became full and needs more than that");
        }
        if (free >= 0) {
            text.append("; free there now: ").append(size(free));
        }
        text.append(unchanged(output)).append(", and the unfinished build was removed");
        if (free < 0 || needed > free) {
            long toFree = free < 0 ? needed : needed - free;
            text.append(" (hint: free at least ").append(megabytes(toFree))
                    .append(" MB on that disk, or choose a folder on another disk with --output)");
        } else {
            text.append(" (hint: there is enough space now — other programs may have freed some, or a disk quota is"
                    + " used up: build again, or choose a folder on another disk with --output)");
        }
        return text.toString();
    }

    private static String unchanged(Path output) {
        return Files.exists(output) ? "; " + output + " was left as it was" : "; nothing was written";
    }

    /** Whole megabytes, rounded up, so that freeing the number shown is always enough. */
    static long megabytes(long bytes) {
        return Math.max(1, (bytes + MB - 1) / MB);
    }

    /** A size for a message: {@code 213 MB}, or {@code less than 1 MB}. */
    static String size(long bytes) {
        return bytes < MB ? "less than 1 MB" : (bytes + MB / 2) / MB + " MB";
    }

    private static Path folderOf(Path where) {
        return Files.isDirectory(where) || where.getParent() == null ? where : where.getParent();
    }

    /** Usable bytes on the disk of the output folder (or of its nearest existing parent); -1 when unknown. */
    private static long freeSpace(Path output) {
        Path existing = output.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}

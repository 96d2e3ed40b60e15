package vn.campaignkit.publish;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The build could not write where the output goes: the machine's problem (a full disk, a folder it may not write,
 * a read-only disk, another build at work), never a bug and never the site's. Carries what happened, where, and how
 * much the build had written when it happened.
 */
public final class CannotWriteOutputException extends RuntimeException {
    /** What stopped the writing. */
    public enum Reason {
        /** No space left on the disk, or a disk quota is used up. */
        NO_SPACE,
        /** The operating system refused: no permission to write there. */
        NOT_ALLOWED,
        /** The disk or share is mounted read-only (a locked USB stick, a read-only network share). */
        READ_ONLY,
        /** A file stands where a folder is needed. */
        NOT_A_FOLDER,
        /** Another build is writing this output folder right now. */
        IN_USE,
        /** Any other input/output error of the disk. */
        OTHER
    }

    private final Reason reason;
    private final Path where;
    private final String detail;
    private final long bytesWritten;

    public CannotWriteOutputException(Reason reason, Path where, String detail, long bytesWritten, Throwable cause) {
        super(reason + " at " + where + ": " + detail, cause);
        this.reason = reason;
        this.where = where;
        this.detail = detail;
        this.bytesWritten = bytesWritten;
    }

    /** The failure of writing {@code where}, classified by what the operating system said. */
    static CannotWriteOutputException of(IOException e, Path where, long bytesWritten) {
        Path at = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : where;
        String detail = e instanceof FileSystemException f ? (f.getReason() != null ? f.getReason()
                : e instanceof AccessDeniedException ? "Permission denied" : e.getClass().getSimpleName())
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CannotWriteOutputException(reason(e, detail), at, detail, bytesWritten, e);
    }

    private static Reason reason(IOException e, String detail) {
        String text = detail.toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("disk quota") || text.contains("not enough space")
                || text.contains("disk is full")) {
            return Reason.NO_SPACE;
        }
        if (text.contains("read-only file system")) {
            return Reason.READ_ONLY;
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("operation not permitted")) {
            return Reason.NOT_ALLOWED;
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || text.contains("not a directory")) {
            return Reason.NOT_A_FOLDER;
        }
        return Reason.OTHER;
    }

    public Reason reason() {
        return reason;
    }

    /** The file or folder that could not be written. */
    public Path where() {
        return where;
    }

    /** What the operating system said, e.g. {@code No space left on device}. */
    public String detail() {
        return detail;
    }

    /** Bytes the build had written into its staging folder when it stopped. */
    public long bytesWritten() {
        return bytesWritten;
    }
}

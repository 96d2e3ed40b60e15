package vn.campaignkit.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Only one build at a time writes an output folder {@code X}: the build holds an operating-system lock on
 * {@code X.campaignkit-lock} from start to end. The system drops the lock when the process ends, however it ends
 * (a {@code kill -9} included), so a lock that can be taken proves that no running build uses {@code X.tmp-…} or
 * {@code X.old-…}, and what is there was left by a build that died. The file is deleted when the build ends; one left
 * by a killed build is taken over by the next.
 */
public final class OutputLock implements AutoCloseable {
    /** Lock files held by this JVM: the operating system does not tell two locks of one process apart. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    /** Far beyond the text of the file, so the text stays readable where locks are mandatory (Windows). */
    private static final long REGION = Long.MAX_VALUE - 1;
    private static final Object GONE = new Object();
    /** Where the file system has no file keys (Windows), the lock is trusted as taken. */
    private static final String NO_KEY = "no file key";
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of an output folder, or fails with {@link CannotWriteOutputException.Reason#IN_USE} when a
     * running build holds it, or with the reason the lock file cannot be written.
     */
    public static OutputLock acquire(Path output) {
        Path file = OutputSiblings.lockFile(output.toAbsolutePath().normalize());
        if (!HELD.add(file)) {
            throw inUse(file);
        }
        try {
            Files.createDirectories(file.getParent());
            FaultPoints.reach("lock", file);
            for (int attempt = 0; attempt < 10; attempt++) {
                OutputLock taken = tryOnce(file);
                if (taken != null) {
                    return taken;
                }
            }
            throw inUse(file);
        } catch (IOException e) {
            HELD.remove(file);
            throw CannotWriteOutputException.of(e, file, 0);
        } catch (RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    /** The lock, or null when the file was replaced under us and the caller should try again. */
    private static OutputLock tryOnce(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            // No other descriptor of the file is ever opened while it is locked: on POSIX systems closing one
            // drops every lock this process holds on the file. Identity is checked with stat only.
            Object opened = key(file);
            FileLock lock;
            try {
                lock = channel.tryLock(REGION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw inUse(file);
            }
            // the build before deletes the file, then lets go of its lock: the lock taken must be on the file that
            // is at this path now
            Object locked = key(file);
            if (opened == GONE || !opened.equals(locked)) {
                lock.release();
                channel.close();
                return null;
            }
            String note = "Campaign Kit is building into " + file.getFileName().toString().replace(OutputSiblings.LOCK, "")
                    + " (process " + ProcessHandle.current().pid() + ").\n"
                    + "A build that was stopped leaves this file; the next build removes it.\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
            return new OutputLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The file's identity (device and inode) without opening it; {@link #GONE} when it is not there. */
    private static Object key(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return key == null ? NO_KEY : key;
        } catch (IOException e) {
            return GONE;
        }
    }

    private static CannotWriteOutputException inUse(Path file) {
        return new CannotWriteOutputException(CannotWriteOutputException.Reason.IN_USE, file,
                "another Campaign Kit build is writing this output folder", 0, null);
    }

    /** Deletes the lock file, then lets go of the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next build takes the file over
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel drops the lock either way
        } finally {
            HELD.remove(file);
        }
    }
}

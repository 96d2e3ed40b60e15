package vn.campaignkit.desk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Writes a file so that a crash, a kill or a full disk at any moment leaves either the old file or the new
 * one, never a part: the bytes go to a hidden temporary file in the same folder, which is forced to disk and
 * then renamed over the target in one step; the folder is forced too, so the rename survives a power cut.
 */
final class AtomicWrite {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration STALE = Duration.ofMinutes(10);

    /**
     * Runs with the target when half of the bytes are on disk in the temporary file; a test uses it to pause a
     * save there and kill the JVM.
     */
    static volatile Consumer<Path> midWrite = target -> { };

    private AtomicWrite() {
    }

    /** Replaces (or creates) {@code target} with {@code bytes}, keeping the old file's permissions. */
    static void replace(Path target, byte[] bytes) throws IOException {
        Path temp = writeTemp(target, bytes);
        try {
            copyPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(target.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates {@code target} with {@code bytes}; false, writing nothing, when a file of that name exists. */
    static boolean createNew(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = writeTemp(target, bytes);
        try {
            try {
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            forceFolder(target.getParent());
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path writeTemp(Path target, byte[] bytes) throws IOException {
        Path folder = target.getParent();
        String name = target.getFileName().toString();
        removeStaleTemps(folder, name);
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        Path temp = folder.resolve("." + name + ".ck-" + HexFormat.of().formatHex(id) + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            int half = bytes.length / 2;
            writeFully(channel, ByteBuffer.wrap(bytes, 0, half));
            midWrite.accept(target);
            writeFully(channel, ByteBuffer.wrap(bytes, half, bytes.length - half));
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Temporary files a killed save left behind (hidden, so never built) are removed once they are old. */
    private static void removeStaleTemps(Path folder, String name) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "." + name.replace("[", "\\[").replace("{", "\\{")
                .replace("*", "\\*").replace("?", "\\?") + ".ck-*.tmp")) {
            for (Path temp : temps) {
                FileTime modified = Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS);
                if (modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left-over temporary files are hidden and harmless; cleaning them is only tidiness.
        }
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (source == null || target == null || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            target.setPermissions(source.readAttributes().permissions());
        } catch (IOException e) {
            // The new file keeps the folder's default permissions.
        }
    }

    /** Forces the folder entry (the rename) to disk; Windows cannot open a folder, and NTFS journals renames anyway. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // See above: nothing more can be done portably.
        }
    }
}

package vn.campaignkit.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicBoolean;

/** Moves and deletes whole folders beside the output: one atomic rename each move, deletion as far as it goes. */
final class FolderTree {
    private FolderTree() {
    }

    /** Renames a folder in one step (a sibling is on the same disk), so it is never seen half moved. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it as far as possible; true when it is gone. */
    static boolean deleteQuietly(Path root, String point) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        AtomicBoolean first = new AtomicBoolean(true);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!point.isEmpty() && first.getAndSet(false)) {
                        FaultPoints.reach(point, file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                    try {
                        Files.deleteIfExists(dir);
                    } catch (IOException e) {
                        // what cannot be deleted stays for the next build to try again
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // as far as possible
        }
        return !Files.exists(root, LinkOption.NOFOLLOW_LINKS);
    }
}

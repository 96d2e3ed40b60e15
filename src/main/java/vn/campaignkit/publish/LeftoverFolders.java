package vn.campaignkit.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What builds that were stopped (killed, out of power, Ctrl+C) left beside the output folder, put right by the next
 * build while it holds the {@link OutputLock}: when the output folder is missing because a build died between moving
 * it aside and moving the new one in, the complete earlier output {@code X.old-…} goes back in place; every other
 * {@code X.tmp-…} and {@code X.old-…} is deleted.
 */
public final class LeftoverFolders {
    /** What was put right: the folder restored as the output, the folders removed and their size. */
    public record Report(Optional<Path> restoredFrom, List<Path> removed, long bytesRemoved, List<Path> notRemoved) {
        public boolean isEmpty() {
            return restoredFrom.isEmpty() && removed.isEmpty() && notRemoved.isEmpty();
        }
    }

    private LeftoverFolders() {
    }

    /** Restores or removes what dead builds left; {@code lock} proves that no running build uses any of it. */
    public static Report putRight(Path output, OutputLock lock) {
        Path out = output.toAbsolutePath().normalize();
        Optional<Path> restored = Optional.empty();
        try {
            List<Path> kept = OutputSiblings.kept(out);
            if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !kept.isEmpty()) {
                Path newest = kept.stream().max(Comparator.comparing(LeftoverFolders::writtenAt).thenComparing(Path::toString)).get();
                FolderTree.move(newest, out);
                restored = Optional.of(newest);
            }
            List<Path> removed = new ArrayList<>();
            List<Path> notRemoved = new ArrayList<>();
            AtomicLong bytes = new AtomicLong();
            List<Path> leftovers = new ArrayList<>(OutputSiblings.kept(out));
            leftovers.addAll(OutputSiblings.staging(out));
            for (Path leftover : leftovers) {
                long size = size(leftover);
                if (FolderTree.deleteQuietly(leftover, "")) {
                    removed.add(leftover);
                    bytes.addAndGet(size);
                } else {
                    notRemoved.add(leftover);
                }
            }
            return new Report(restored, removed, bytes.get(), notRemoved);
        } catch (IOException e) {
            throw CannotWriteOutputException.of(e, out, 0);
        }
    }

    /** When the earlier output was finished: its manifest is the last file a build writes. */
    private static FileTime writtenAt(Path kept) {
        try {
            return Files.getLastModifiedTime(kept.resolve(StagingFolder.MANIFEST), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Bytes of the files below a folder (links not followed). */
    static long size(Path folder) {
        AtomicLong bytes = new AtomicLong();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    bytes.addAndGet(attrs.size());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a size is only for the message
        }
        return bytes.get();
    }
}

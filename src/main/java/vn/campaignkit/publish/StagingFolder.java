package vn.campaignkit.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import vn.campaignkit.render.OutputSink;

/**
 * A sibling {@code X.tmp-…} of the output folder {@code X}. Files are written here during the build;
 * {@link #swapIn()} replaces the output folder only when the build succeeded, {@link #discard()} otherwise. A file
 * whose bytes equal the previous build's file at the same path is hard-linked to it instead of being written again,
 * so unchanged files keep their time and inode; the previous output itself is never written (a file is always
 * created new, never opened for writing, so a second write of one path cannot write through such a link).
 *
 * <p>The swap moves {@code X} aside to {@code X.old-…}, moves the staging folder to {@code X}, then deletes the old
 * one. A build killed between the two moves leaves no {@code X} for an instant; {@link LeftoverFolders} puts the
 * complete {@code X.old-…} back before the next build does anything else.
 *
 * <p>A big output ({@link #keepPreviousFromFiles} files or more) is not deleted after the swap: it is kept as
 * {@code X.campaignkit-previous}, and the next build of the same output starts from that folder instead of an
 * empty one ({@link #reusingPrevious}). Its contents are never trusted: a file there stays only when it is the
 * very file (same inode) that this build links from the output, every other path is written anew, and what this
 * build did not write is deleted before the swap. So one school renamed on a national site costs no deletion of
 * 25,000 files and no 25,000 new links, only the files that changed.
 */
public final class StagingFolder implements OutputSink, AutoCloseable {
    public static final String MANIFEST = ".campaignkit-manifest.tsv";
    static final String INPUT_LINE = "@input";
    static final String FILE_LINE = "@file";
    /** The manifest's last line: the checksum of everything before it. A manifest without it is not trusted. */
    static final String END_LINE = "@end";
    private final Path output;
    private final Path staging;
    private final Optional<ManifestReader> previous;
    private final Map<String, WrittenFile> written = new ConcurrentHashMap<>();
    private final AtomicInteger linked = new AtomicInteger();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final AtomicBoolean swapStarted = new AtomicBoolean();
    private volatile boolean stopped;
    /** Writes under way: a stopped build waits for them before deleting, so no file appears behind the delete. */
    private final AtomicInteger writing = new AtomicInteger();
    private volatile boolean swapped;
    private volatile Optional<Path> leftBehind = Optional.empty();
    /** True when the staging folder began as the kept previous output, whose files must be replaced, not added to. */
    private final boolean reused;
    /** Every file this build put into the staging folder (with the manifest): in a reused folder, the rest goes. */
    private final java.util.Set<Path> present = ConcurrentHashMap.newKeySet();

    public StagingFolder(Path output) {
        this(output, Optional.empty());
    }

    /** A staging folder that reuses the files of {@code previous} that come out byte-identical. */
    public StagingFolder(Path output, Optional<ManifestReader> previous) {
        this(output, previous, false);
    }

    /**
     * A staging folder that starts from the kept output before the last one ({@code X.campaignkit-previous}) when
     * there is one, else from an empty folder; only for a build that holds the output's {@link OutputLock}.
     */
    public static StagingFolder reusingPrevious(Path output, ManifestReader previous) {
        return new StagingFolder(output, Optional.of(previous), true);
    }

    private StagingFolder(Path output, Optional<ManifestReader> previous, boolean reuse) {
        this.previous = previous;
        this.output = output.toAbsolutePath().normalize();
        Path parent = this.output.getParent();
        try {
            Files.createDirectories(parent);
            FaultPoints.reach("create-staging", parent);
            Path kept = OutputSiblings.previous(this.output);
            if (reuse && Files.isDirectory(kept, LinkOption.NOFOLLOW_LINKS)) {
                this.staging = OutputSiblings.newTrash(this.output);
                FolderTree.move(kept, staging);
                this.reused = true;
            } else {
                this.staging = createStaging(this.output);
                this.reused = false;
            }
        } catch (IOException e) {
            throw CannotWriteOutputException.of(e, parent, 0);
        }
    }

    /** From this many files, the replaced output is kept for the next build to write over (see the class note). */
    static int keepPreviousFromFiles() {
        return Integer.getInteger("campaignkit.keepPreviousFromFiles", 5000);
    }

    /**
     * A new {@code X.tmp-<digits>} made like any folder (permissions from the umask), not as a private temporary
     * folder: it becomes the published output, which a web server running as another user must be able to read.
     */
    private static Path createStaging(Path output) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(OutputSiblings.newTrash(output));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    public Path folder() {
        return staging;
    }

    @Override
    public void write(String outputPath, byte[] bytes) {
        writing.incrementAndGet();
        Path target;
        try {
            if (stopped) {
                throw new IllegalStateException("the build was stopped");
            }
            target = target(outputPath);
            makeParent(target);
            Optional<Path> same = previous.flatMap(p -> p.identical(outputPath, bytes));
            if (same.isEmpty() || !link(target, same.get())) {
                writeNew(target, bytes);
            }
            present.add(target);
        } catch (IOException e) {
            throw CannotWriteOutputException.of(e, target(outputPath), bytesWritten.get());
        } finally {
            writing.decrementAndGet();
        }
        try {
            FaultPoints.reach("file-written", target);
        } catch (IOException e) {
            throw CannotWriteOutputException.of(e, target, bytesWritten.get());
        }
        if (!outputPath.equals(MANIFEST)) {
            written.put(outputPath, new WrittenFile(outputPath, bytes.length));
        }
    }

    /** Creates the file anew; a file already at that path (a link to the previous output too) is replaced, not written. */
    private void writeNew(Path target, byte[] bytes) throws IOException {
        FaultPoints.reach("write", target);
        for (int attempt = 0; ; attempt++) {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
                bytesWritten.addAndGet(bytes.length);
                return;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 2) {
                    throw e;
                }
                clear(target);
            }
        }
    }

    /**
     * Reuses a file; the previous build's own file at the same path (a derived file whose fingerprint is unchanged)
     * is linked without being read, since it is the very file the comparison in {@link #write} would read.
     */
    @Override
    public void copy(String outputPath, Path from) {
        Optional<Long> size = previous.flatMap(p -> p.recordedSize(outputPath, from));
        if (size.isPresent() && linkPrevious(outputPath, from, size.get())) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(outputPath, bytes);
    }

    /** Links the previous build's file at {@code outputPath}; false when the link cannot be made (then it is copied). */
    private boolean linkPrevious(String outputPath, Path previousFile, long size) {
        writing.incrementAndGet();
        Path target = target(outputPath);
        try {
            if (stopped) {
                throw new IllegalStateException("the build was stopped");
            }
            makeParent(target);
            if (!link(target, previousFile)) {
                return false;
            }
            present.add(target);
        } catch (IOException e) {
            throw CannotWriteOutputException.of(e, target, bytesWritten.get());
        } finally {
            writing.decrementAndGet();
        }
        try {
            FaultPoints.reach("file-written", target);
        } catch (IOException e) {
            throw CannotWriteOutputException.of(e, target, bytesWritten.get());
        }
        written.put(outputPath, new WrittenFile(outputPath, size));
        return true;
    }

    private boolean link(Path target, Path existing) {
        try {
            if (reused && sameFile(target, existing)) {
                linked.incrementAndGet();
                return true;
            }
            clear(target);
            Files.createLink(target, existing);
            linked.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** True when {@code target} in a reused staging folder already is the file {@code existing} (one inode). */
    private static boolean sameFile(Path target, Path existing) {
        try {
            Object a = Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return a != null && a.equals(Files.readAttributes(existing, java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes whatever is at {@code target} (in a reused folder, an earlier build's file or folder). */
    private void clear(Path target) throws IOException {
        if (reused && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!FolderTree.deleteQuietly(target, "")) {
                throw new java.nio.file.DirectoryNotEmptyException(target.toString());
            }
            return;
        }
        Files.deleteIfExists(target);
    }

    /** Makes the folders above {@code target}; in a reused folder, an earlier build's file in their way goes. */
    private void makeParent(Path target) throws IOException {
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) {
            if (!reused) {
                throw e;
            }
            Path p = staging;
            for (Path name : staging.relativize(parent)) {
                p = p.resolve(name);
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                }
            }
            Files.createDirectories(parent);
        }
    }

    /**
     * Deletes from a reused staging folder every file and folder this build did not write. Only what is not this
     * build's is looked at more closely: the folders this build wrote into are listed, nothing else is read.
     */
    private void removeWhatWasNotWritten() throws IOException {
        java.util.Set<Path> folders = new java.util.HashSet<>();
        for (Path file : present) {
            for (Path p = file.getParent(); p != null && !p.equals(staging) && folders.add(p); p = p.getParent()) {
                // every folder above a written file stays
            }
        }
        folders.add(staging);
        // each folder is listed on its own, two at a time: the folders of a national site are 6,000 listings
        try {
            folders.parallelStream().forEach(folder -> {
                try {
                    removeUnwritten(folder, folders);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Deletes what is in {@code folder} that this build did not write, except the folders it wrote into. */
    private void removeUnwritten(Path folder, java.util.Set<Path> folders) throws IOException {
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (present.contains(p) || folders.contains(p)) {
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (!FolderTree.deleteQuietly(p, "")) {
                        throw new java.nio.file.DirectoryNotEmptyException(p.toString());
                    }
                } else {
                    Files.delete(p);
                }
            }
        }
    }

    /** How many files were linked to the previous build's identical files instead of being written. */
    public int unchangedFiles() {
        return linked.get();
    }

    /** Bytes written into the staging folder so far (linked files take no space and are not counted). */
    public long bytesWritten() {
        return bytesWritten.get();
    }

    /** Records the fingerprints of derived files so the next build can reuse them. */
    public void writeManifest(Map<String, String> fingerprints) {
        writeManifest(fingerprints, "");
    }

    /**
     * Records the fingerprints of derived files, the build's input fingerprint and the size of every file
     * written, so the next build can stop early or reuse identical files; the last line seals what is above it.
     */
    public void writeManifest(Map<String, String> fingerprints, String inputFingerprint) {
        StringBuilder sb = new StringBuilder("# Campaign Kit build manifest: output path, input fingerprint\n");
        fingerprints.forEach((path, fp) -> sb.append(path).append('\t').append(fp).append('\n'));
        if (!inputFingerprint.isEmpty()) {
            sb.append(INPUT_LINE).append('\t').append(inputFingerprint).append('\n');
        }
        new TreeMap<>(written).values().forEach(w -> sb.append(FILE_LINE).append('\t').append(w.path()).append('\t')
                .append(w.size()).append('\n'));
        byte[] above = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] seal = (END_LINE + "\t" + seal(above, above.length) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] manifest = Arrays.copyOf(above, above.length + seal.length);
        System.arraycopy(seal, 0, manifest, above.length, seal.length);
        write(MANIFEST, manifest);
    }

    /**
     * Length, CRC-32C and CRC-32 of the manifest above the seal line: enough to tell a manifest cut short or damaged
     * (it guards against accidents, not against someone forging a manifest), and hardware-accelerated even before
     * the JIT warms up, where SHA-256 of a 3 MB manifest would add a tenth of a second to every build.
     */
    static String seal(byte[] manifest, int aboveLength) {
        CRC32C c = new CRC32C();
        c.update(manifest, 0, aboveLength);
        CRC32 d = new CRC32();
        d.update(manifest, 0, aboveLength);
        return aboveLength + ":" + Long.toHexString(c.getValue() << 32 | d.getValue());
    }

    private Path target(String outputPath) {
        Path target = staging.resolve(outputPath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + outputPath);
        }
        return target;
    }

    /**
     * Replaces the output folder with the finished build. Fails with {@link CannotWriteOutputException} and the
     * previous output in place when the folders cannot be moved.
     */
    public void swapIn() {
        if (!swapStarted.compareAndSet(false, true)) {
            throw new IllegalStateException("the staging folder was already swapped in or given up");
        }
        Path kept = null;
        try {
            if (reused) {
                removeWhatWasNotWritten();
                vn.campaignkit.pipeline.Timings.mark("remove what was not written");
            }
            FaultPoints.reach("swap", staging);
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                kept = OutputSiblings.newKept(output);
                FolderTree.move(output, kept);
                FaultPoints.reach("old-moved-aside", kept);
            }
            try {
                FaultPoints.reach("move-in", output);
                FolderTree.move(staging, output);
            } catch (IOException e) {
                if (kept != null) {
                    FolderTree.move(kept, output);
                }
                throw e;
            }
            swapped = true;
            FaultPoints.reach("new-in-place", output);
        } catch (IOException e) {
            throw CannotWriteOutputException.of(e, output, bytesWritten.get());
        }
        // kept only where this build could link files (a USB stick's FAT has no links: a kept copy would double the size)
        if (kept != null && present.size() >= keepPreviousFromFiles() && linked.get() > 0 && keep(kept)) {
            return;
        }
        if (kept != null) {
            Path trash = OutputSiblings.newTrash(output);
            try {
                FolderTree.move(kept, trash);
            } catch (IOException e) {
                trash = kept;
            }
            if (!FolderTree.deleteQuietly(trash, "old-half-deleted")) {
                leftBehind = Optional.of(trash);
            }
        }
    }

    /** Keeps the replaced output as {@code X.campaignkit-previous} for the next build; false when it cannot. */
    private boolean keep(Path replaced) {
        Path previousFolder = OutputSiblings.previous(output);
        if (Files.exists(previousFolder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            FolderTree.move(replaced, previousFolder);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Stops the build from being swapped in, so that the staging folder can go (Ctrl+C); false when the swap has
     * already begun and must be left to finish.
     */
    public boolean abandon() {
        if (!swapStarted.compareAndSet(false, true)) {
            return false;
        }
        stopped = true;
        return true;
    }

    /** Removes the staging folder unless it was swapped in; the previous output stays exactly as it was. */
    public void discard() {
        swapStarted.set(true);
        stopped = true;
        waitForWritesUnderWay();
        if (swapped || reused && keep(staging)) {
            return;
        }
        if (!FolderTree.deleteQuietly(staging, "")) {
            leftBehind = Optional.of(staging);
        }
    }

    /**
     * Lets the writes that began before the stop end (Ctrl+C stops the JVM while the build's threads still run), at
     * most a second: a write stuck on a slow disk must not keep the JVM from stopping; what it leaves, the next build
     * removes.
     */
    private void waitForWritesUnderWay() {
        long until = System.nanoTime() + 1_000_000_000L;
        while (writing.get() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A folder of this build that could not be deleted (the next build deletes it), if any. */
    public Optional<Path> leftBehind() {
        return leftBehind;
    }

    @Override
    public void close() {
        discard();
    }
}

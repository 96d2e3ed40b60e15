package vn.campaignkit.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The only code of the desk that changes the site folder. Every change of a file is made under that file's
 * lock, checks that the disk still holds the version the editor loaded, keeps the version it replaces in the
 * history, and writes atomically; "delete" moves to the trash.
 */
final class SiteFiles {
    private final Path root;
    private final History history;
    private final Trash trash;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** What a change did: done (with the new version), refused because the disk changed, or waiting for consent. */
    sealed interface Outcome {
        record Done(String version) implements Outcome {
        }

        /** The file on disk is not the version the editor loaded; {@code disk} is empty when it was deleted. */
        record Conflict(String diskVersion, Optional<byte[]> disk) implements Outcome {
        }

        /** The file on disk is in another encoding or has CRLF line endings; saving would convert it. */
        record NeedsConsent(TextForm form) implements Outcome {
        }
    }

    /** A file as read: its bytes (empty when absent) and version. */
    record Loaded(Optional<byte[]> bytes, String version) {
    }

    SiteFiles(Path root) {
        this.root = root;
        this.history = new History(root);
        this.trash = new Trash(root);
    }

    Path root() {
        return root;
    }

    History history() {
        return history;
    }

    Trash trash() {
        return trash;
    }

    Loaded load(EditablePath file) throws IOException {
        if (!Files.isRegularFile(file.file(), LinkOption.NOFOLLOW_LINKS)) {
            return new Loaded(Optional.empty(), FileVersion.ABSENT);
        }
        byte[] bytes = Files.readAllBytes(file.file());
        return new Loaded(Optional.of(bytes), FileVersion.of(bytes));
    }

    /** Saves text as UTF-8, NFC, LF, if the disk still holds {@code base}; converting another form only with {@code convert}. */
    Outcome saveText(EditablePath file, String text, String base, boolean convert) throws IOException {
        return change(file, base, TextForm.canonicalBytes(text), convert);
    }

    /** Writes exactly these bytes (an earlier version being restored), if the disk still holds {@code base}. */
    Outcome restore(EditablePath file, byte[] bytes, String base) throws IOException {
        return change(file, base, bytes, true);
    }

    private Outcome change(EditablePath file, String base, byte[] next, boolean convert) throws IOException {
        ReentrantLock lock = locks.computeIfAbsent(file.path(), p -> new ReentrantLock());
        lock.lock();
        try {
            Loaded disk = load(file);
            if (!disk.version().equals(base)) {
                if (disk.bytes().isPresent() && Arrays.equals(disk.bytes().get(), next)) {
                    return new Outcome.Done(disk.version());
                }
                return new Outcome.Conflict(disk.version(), disk.bytes());
            }
            if (disk.bytes().isPresent()) {
                if (Arrays.equals(disk.bytes().get(), next)) {
                    return new Outcome.Done(disk.version());
                }
                TextForm form = TextForm.of(disk.bytes().get());
                if (!convert && !form.canonical() && isText(file)) {
                    return new Outcome.NeedsConsent(form);
                }
                history.keep(file.path(), disk.bytes().get());
            } else {
                Files.createDirectories(file.file().getParent());
            }
            AtomicWrite.replace(file.file(), next);
            return new Outcome.Done(FileVersion.of(next));
        } finally {
            lock.unlock();
        }
    }

    /** Creates a new file; false when one of that name exists (nothing is written then). */
    boolean create(EditablePath file, byte[] bytes) throws IOException {
        ReentrantLock lock = locks.computeIfAbsent(file.path(), p -> new ReentrantLock());
        lock.lock();
        try {
            return AtomicWrite.createNew(file.file(), bytes);
        } finally {
            lock.unlock();
        }
    }

    /** Moves the file to the trash if the disk still holds {@code base}; the outcome's version is the trash entry's id. */
    Outcome delete(EditablePath file, String base) throws IOException {
        ReentrantLock lock = locks.computeIfAbsent(file.path(), p -> new ReentrantLock());
        lock.lock();
        try {
            Loaded disk = load(file);
            if (!disk.version().equals(base) || disk.bytes().isEmpty()) {
                return new Outcome.Conflict(disk.version(), disk.bytes());
            }
            history.keep(file.path(), disk.bytes().get());
            return new Outcome.Done(trash.put(file, disk.bytes().get()));
        } finally {
            lock.unlock();
        }
    }

    /** Puts a file back from the trash; a conflict when a file of that name exists again. */
    Outcome untrash(Trash.Entry entry) throws IOException {
        Optional<EditablePath> file = EditablePath.of(root, entry.path());
        Optional<byte[]> bytes = trash.read(entry);
        if (file.isEmpty() || bytes.isEmpty()) {
            throw new IOException("the trash entry " + entry.id() + " cannot be read");
        }
        if (!create(file.get(), bytes.get())) {
            Loaded disk = load(file.get());
            return new Outcome.Conflict(disk.version(), disk.bytes());
        }
        trash.remove(entry);
        return new Outcome.Done(FileVersion.of(bytes.get()));
    }

    static boolean isText(EditablePath file) {
        return List.of("md", "yaml", "yml", "csv", "txt").contains(file.extension());
    }
}

package vn.campaignkit.desk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Earlier versions of every file the desk changed, kept outside the folders the build reads, in
 * {@code .campaignkit/history/<path of the file>/}: the version on disk is copied here before each save,
 * restore and delete, and the newest {@value #KEPT} are kept.
 */
final class History {
    static final int KEPT = 20;
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private final Path folder;

    /** One kept version: its id (also its file name), when it was replaced, its size and version. */
    record Entry(String id, Instant replaced, long size, String version) {
    }

    History(Path siteRoot) {
        this.folder = siteRoot.resolve(".campaignkit").resolve("history");
    }

    /** Keeps {@code bytes}, the version of {@code path} about to be replaced; a version equal to the newest kept one is not kept twice. */
    void keep(String path, byte[] bytes) throws IOException {
        Path dir = folderOf(path);
        Files.createDirectories(dir);
        String version = FileVersion.of(bytes);
        List<Entry> entries = list(path);
        if (!entries.isEmpty() && entries.get(0).version().startsWith(version.substring(0, 16))) {
            return;
        }
        Instant now = Instant.now();
        String base = STAMP.format(now) + "-" + version.substring(0, 16);
        String id = base;
        for (int n = 2; !AtomicWrite.createNew(dir.resolve(id), bytes); n++) {
            id = base + "-" + n;
        }
        List<Entry> all = list(path);
        for (Entry old : all.subList(Math.min(KEPT, all.size()), all.size())) {
            Files.deleteIfExists(dir.resolve(old.id()));
        }
    }

    /** The kept versions of {@code path}, newest first. */
    List<Entry> list(String path) throws IOException {
        Path dir = folderOf(path);
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                parse(file).ifPresent(entries::add);
            }
        }
        entries.sort(Comparator.comparing(Entry::id).reversed());
        return entries;
    }

    /** The bytes of one kept version. */
    Optional<byte[]> read(String path, String id) throws IOException {
        if (!id.matches("[0-9TZ.]{20}-[0-9a-f]{16}(-[0-9]+)?")) {
            return Optional.empty();
        }
        Path file = folderOf(path).resolve(id);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    private Optional<Entry> parse(Path file) throws IOException {
        String id = file.getFileName().toString();
        if (!id.matches("[0-9TZ.]{20}-[0-9a-f]{16}(-[0-9]+)?") || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Instant replaced = STAMP.parse(id.substring(0, 20), Instant::from);
        return Optional.of(new Entry(id, replaced, Files.size(file), id.substring(21, 37)));
    }

    private Path folderOf(String path) {
        Path dir = folder;
        for (String segment : path.split("/")) {
            dir = dir.resolve(segment);
        }
        return dir;
    }
}

package vn.campaignkit.desk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where "delete" puts a file: {@code .campaignkit/trash/<when>-<id>/<path of the file>}, outside the folders
 * the build reads, until the editor puts it back.
 */
final class Trash {
    private static final String ID = "[0-9TZ.]{20}-[0-9a-f]{8}";
    private final Path folder;
    private final SecureRandom random = new SecureRandom();

    /** One deleted file: the id of its trash folder, the path it had, and when it was deleted. */
    record Entry(String id, String path, Instant deleted, long size) {
    }

    Trash(Path siteRoot) {
        this.folder = siteRoot.resolve(".campaignkit").resolve("trash");
    }

    /** Moves the file into the trash (a copy made safely, then the original removed); returns the entry's id. */
    String put(EditablePath file, byte[] bytes) throws IOException {
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        String id = History.STAMP.format(Instant.now()) + "-" + HexFormat.of().formatHex(suffix);
        Path target = folder.resolve(id);
        for (String segment : file.path().split("/")) {
            target = target.resolve(segment);
        }
        if (!AtomicWrite.createNew(target, bytes)) {
            throw new IOException("the trash entry " + id + " exists already");
        }
        Files.delete(file.file());
        AtomicWrite.forceFolder(file.file().getParent());
        return id;
    }

    /** Every file in the trash, most recently deleted first. */
    List<Entry> list() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        try (DirectoryStream<Path> ids = Files.newDirectoryStream(folder)) {
            for (Path dir : ids) {
                String id = dir.getFileName().toString();
                if (id.matches(ID)) {
                    entry(id).ifPresent(entries::add);
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::id).reversed());
        return entries;
    }

    /** The entry with this id, if it is in the trash. */
    Optional<Entry> entry(String id) throws IOException {
        if (!id.matches(ID)) {
            return Optional.empty();
        }
        Path dir = folder.resolve(id);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            Optional<Path> file = files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).findFirst();
            if (file.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder path = new StringBuilder();
            for (Path part : dir.relativize(file.get())) {
                path.append(path.length() == 0 ? "" : "/").append(part);
            }
            return Optional.of(new Entry(id, path.toString(), History.STAMP.parse(id.substring(0, 20), Instant::from),
                    Files.size(file.get())));
        }
    }

    Optional<byte[]> read(Entry entry) throws IOException {
        Path file = folder.resolve(entry.id());
        for (String segment : entry.path().split("/")) {
            file = file.resolve(segment);
        }
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    /** Forgets an entry once its file is back in the site. */
    void remove(Entry entry) throws IOException {
        try (Stream<Path> files = Files.walk(folder.resolve(entry.id()))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package vn.campaignkit.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.source.SourceContents;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.SourceTree;

/**
 * The SHA-256 of everything a build's output depends on: the generator itself (its jar or class folder, which
 * holds the built-in templates and assets), the options that change output (today, base URL, drafts,
 * pages only) and the path, size and content checksum of every site file the build reads. Two builds with
 * the same fingerprint write byte-identical output, so the second one can stop early. File contents are
 * summed with CRC-32C and CRC-32 (64 bits, hardware-accelerated even before the JIT warms up): hashing
 * 60 MB of Markdown with SHA-256 would cost seconds on a fresh JVM.
 */
public final class InputFingerprint {
    private static volatile String generator;

    private InputFingerprint() {
    }

    /** The fingerprint, or empty when the scan already finds problems (the build must run to report them). */
    public static Optional<String> of(BuildOptions options) {
        return of(options, SourceScan.of(options.source()));
    }

    /** The fingerprint of an already scanned site folder. */
    public static Optional<String> of(BuildOptions options, SourceScan scan) {
        if (!scan.problems().isEmpty()) {
            return Optional.empty();
        }
        SourceTree tree = scan.tree();
        List<SourceFile> files = new ArrayList<>();
        tree.siteYaml().ifPresent(files::add);
        Stream.of(tree.content(), tree.data(), tree.templates(), tree.assets()).forEach(files::addAll);
        List<String> parts = new ArrayList<>(List.of("campaign-kit input v1", generator(), options.today().toString(),
                options.baseUrl().orElse(""), Boolean.toString(options.drafts()), Boolean.toString(options.pagesOnly())));
        List<String> hashes = files.parallelStream().map(f -> f.path() + "\t" + contentHash(bytes(f, scan.contents()))).toList();
        parts.addAll(hashes);
        return Optional.of(Fingerprints.of(parts.toArray(String[]::new)));
    }

    /** A file's bytes; those of content Markdown are kept in {@code contents} for the model, which reads them next. */
    private static byte[] bytes(SourceFile file, SourceContents contents) {
        try {
            boolean page = file.path().startsWith("content/") && file.extension().equals("md");
            return page ? contents.readAndKeep(file.file()) : Files.readAllBytes(file.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size and checksum of a file's bytes. */
    static String contentHash(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return bytes.length + ":" + Long.toHexString(c.getValue() << 32 | d.getValue());
    }

    /**
     * Identifies the running generator by the size and modification time of its jar (or of every file of its
     * class folder): a rebuilt jar is a new generator. Hashing the 11 MB jar instead would cost more than the
     * whole check of an up-to-date site.
     */
    static String generator() {
        String id = generator;
        if (id == null) {
            id = hashCodeSource();
            generator = id;
        }
        return id;
    }

    private static String hashCodeSource() {
        CodeSource source = InputFingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return unknownGenerator();
        }
        try {
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(where)) {
                return stamp(where);
            }
            try (Stream<Path> walk = Files.walk(where)) {
                List<String> parts = walk.filter(Files::isRegularFile).sorted()
                        .map(p -> where.relativize(p).toString().replace('\\', '/') + "\t" + stamp(p)).toList();
                return Fingerprints.of(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            }
        } catch (URISyntaxException | IOException | UncheckedIOException | IllegalArgumentException e) {
            return unknownGenerator();
        }
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fingerprint that never matches, so every build runs in full. */
    private static String unknownGenerator() {
        return "unknown-generator-" + System.nanoTime();
    }
}

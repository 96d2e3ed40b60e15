package vn.campaignkit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.FrontMatterSplitter;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.TextDecoder;
import vn.campaignkit.source.YamlReader;

/**
 * A Markdown content file read from disk: its front matter as {@link Fields} and its body.
 *
 * @param routePrefix where the file's language publishes its pages ({@code en/}), "" for the default language
 */
public record ContentFile(SourceFile source, Fields fields, Body body, String routePrefix) {
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    public ContentFile(SourceFile source, Fields fields, Body body) {
        this(source, fields, body, "");
    }

    /** The same file, published under {@code prefix} (a translation's language). */
    public ContentFile under(String prefix) {
        return new ContentFile(source, fields, body, prefix);
    }

    /** Decodes, splits and parses one file; empty when it has problems that stop reading it. */
    public static Optional<ContentFile> read(SourceFile source, Problems problems) {
        return read(source, Optional.empty(), problems);
    }

    /** The same, from bytes already read (by the input fingerprint) when there are some. */
    public static Optional<ContentFile> read(SourceFile source, Optional<byte[]> alreadyRead, Problems problems) {
        try {
            long size = alreadyRead.isPresent() ? alreadyRead.get().length : Files.size(source.file());
            if (size > MAX_BYTES) {
                problems.add(source.path(), 1, 1, "the file is too large (" + size / 1024 + " KB)",
                        "keep a page under " + MAX_BYTES / 1024 / 1024 + " MB; split it into several pages");
                return Optional.empty();
            }
            byte[] bytes = alreadyRead.isPresent() ? alreadyRead.get() : Files.readAllBytes(source.file());
            return TextDecoder.decode(source.path(), bytes, problems)
                    .flatMap(text -> FrontMatterSplitter.split(source.path(), text, problems))
                    .flatMap(split -> YamlReader.readMapping(source.path(), split.yaml(), split.yamlFirstLine(), problems)
                            .map(map -> new ContentFile(source, new Fields(source.path(), map, problems),
                                    new Body(split.body(), split.bodyFirstLine()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

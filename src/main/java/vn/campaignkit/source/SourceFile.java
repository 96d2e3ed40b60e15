package vn.campaignkit.source;

import java.nio.file.Path;

/**
 * A file of the site: its site-relative path (forward slashes, NFC, e.g. {@code content/tips/x.md})
 * and where it lies on disk.
 */
public record SourceFile(String path, Path file) {
    /** The path below a top folder: {@code content/tips/x.md} → {@code tips/x.md} for {@code content}. */
    public String pathBelow(String top) {
        return path.startsWith(top + "/") ? path.substring(top.length() + 1) : path;
    }

    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}

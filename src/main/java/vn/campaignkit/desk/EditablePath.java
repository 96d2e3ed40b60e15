package vn.campaignkit.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.serve.RequestPathGuard;
import vn.campaignkit.source.SourceScanner;

/**
 * A site-relative path the desk may read or write ({@code content/tips/x.md}): checked with the preview's own
 * rules for request paths (no {@code ..}, nothing encoded, no backslash, no drive letter, no control
 * character), then confined to {@code content/}, {@code data/}, {@code assets/} and {@code site.yaml}, with no
 * hidden or editor-leftover segment and no symbolic link anywhere on the way once the folder is resolved.
 */
record EditablePath(String path, Path file) {
    private static final Set<String> TOP_FOLDERS = Set.of("content", "data", "assets");
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "lpt1", "lpt2", "lpt3");
    private static final int MAX_LENGTH = 512;

    /** The path in the site folder {@code root} (already resolved with {@code toRealPath}), or empty when refused. */
    static Optional<EditablePath> of(Path root, String relative) {
        if (relative == null || relative.isEmpty() || relative.length() > MAX_LENGTH || relative.indexOf('%') >= 0) {
            return Optional.empty();
        }
        Optional<String> checked = RequestPathGuard.decodedPath("/" + relative);
        if (checked.isEmpty() || !checked.get().equals(relative) || relative.endsWith("/")) {
            return Optional.empty();
        }
        String[] segments = relative.split("/");
        boolean top = segments.length == 1 ? relative.equals("site.yaml") : TOP_FOLDERS.contains(segments[0]);
        if (!top) {
            return Optional.empty();
        }
        Path file = root;
        for (String segment : segments) {
            if (!safeSegment(segment)) {
                return Optional.empty();
            }
            file = file.resolve(segment);
            if (Files.isSymbolicLink(file)) {
                return Optional.empty();
            }
        }
        if (!file.normalize().startsWith(root) || file.normalize().equals(root)) {
            return Optional.empty();
        }
        try {
            if (Files.exists(file) && !file.toRealPath().startsWith(root)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new EditablePath(relative, file));
    }

    private static boolean safeSegment(String segment) {
        if (segment.isEmpty() || SourceScanner.isIgnored(segment) || segment.endsWith(".") || segment.endsWith(" ")
                || segment.startsWith(" ")) {
            return false;
        }
        String lower = segment.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.');
        String stem = dot < 0 ? lower : lower.substring(0, dot);
        if (WINDOWS_DEVICES.contains(stem)) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == 0x7f || "<>:\"|?*\\".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The file's extension, lower case, without the dot. */
    String extension() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

package vn.campaignkit.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Maps references written in content (site paths like {@code /assets/a.png}, or paths relative to the
 * source file like {@code ../tips/x.md}) to output paths, refusing anything that leaves the site.
 */
public final class SitePaths {
    private SitePaths() {
    }

    /** The output folder of a source file: {@code content/tips/x.md} → {@code tips/}. */
    public static String outputFolderOf(String sourcePath) {
        String p = sourcePath.startsWith("content/") ? sourcePath.substring("content/".length()) : sourcePath;
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "" : p.substring(0, slash + 1);
    }

    /**
     * Resolves a reference without scheme, query or fragment to a normalised output path
     * ({@code tips/x.md}, {@code assets/a.png}, {@code tips/x/}); empty if it climbs above the site root.
     */
    public static Optional<String> resolve(String sourcePath, String ref) {
        String base = ref.startsWith("/") ? "" : outputFolderOf(sourcePath);
        String joined = base + (ref.startsWith("/") ? ref.substring(1) : ref);
        boolean folder = joined.endsWith("/") || joined.isEmpty();
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String out = String.join("/", parts);
        return Optional.of(folder && !out.isEmpty() ? out + "/" : out);
    }
}

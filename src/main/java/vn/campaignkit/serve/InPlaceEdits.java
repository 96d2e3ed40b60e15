package vn.campaignkit.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.campaignkit.model.MessageFiles;
import vn.campaignkit.source.ImageFormat;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.SourceTree;

/**
 * Whether the preview may rebuild from what it remembers: every change must be an in-place edit of a file the last
 * good build already knew. A file added or removed (a translation among them), {@code site.yaml}, a message file
 * added or removed, or an edited image (checked again at every page that shows it) needs every stage for every file;
 * a template added is read when a page uses it.
 */
final class InPlaceEdits {
    /** File names that are images even when their bytes are not (yet): a broken image must be checked again. */
    private static final List<String> IMAGE_NAMES = List.of(".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg");

    private InPlaceEdits() {
    }

    /** True when every change is an in-place edit of a file of {@code tree} (the last good build's) below {@code root}. */
    static boolean only(ChangeSet changes, SourceTree tree, Path root) {
        if (changes.everything()) {
            return false;
        }
        Set<String> known = new HashSet<>();
        for (List<SourceFile> files : List.of(tree.content(), tree.data(), tree.assets(), tree.templates())) {
            files.forEach(f -> known.add(f.path()));
        }
        for (String path : changes.paths()) {
            if (path.equals("site.yaml")) {
                return false;
            }
            if (path.startsWith("templates/") && !path.startsWith(MessageFiles.FOLDER)) {
                continue;
            }
            boolean exists = Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
            if (exists != known.contains(path) || (exists && isImage(root, path))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isImage(Path root, String path) {
        if (path.endsWith(".md") || !(path.startsWith("content/") || path.startsWith("assets/"))) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (IMAGE_NAMES.stream().anyMatch(lower::endsWith)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(root.resolve(path))) {
            return ImageFormat.sniff(in.readNBytes(4096)).isPresent();
        } catch (IOException e) {
            return true;
        }
    }
}

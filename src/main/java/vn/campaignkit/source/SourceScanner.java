package vn.campaignkit.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.problem.Problems;

/**
 * Walks {@code site.yaml}, {@code content/}, {@code data/}, {@code templates/} and {@code assets/}.
 * Editor leftovers ({@code .*}, {@code #*#}, {@code *~}, and {@code ~$*}: the lock file Excel keeps beside an
 * open workbook) are ignored; symlinks are problems.
 */
public final class SourceScanner {
    public static final List<String> FOLDERS = List.of("content", "data", "templates", "assets");

    public SourceTree scan(Path root, Problems problems) {
        Path siteYaml = root.resolve("site.yaml");
        Optional<SourceFile> config = Optional.empty();
        if (Files.isSymbolicLink(siteYaml)) {
            problems.add("site.yaml", 0, 0, "site.yaml is a symbolic link", "copy the file into the site folder instead");
        } else if (Files.isRegularFile(siteYaml)) {
            config = Optional.of(new SourceFile("site.yaml", siteYaml));
        }
        return new SourceTree(root, config, walk(root, "content", problems), walk(root, "data", problems),
                walk(root, "templates", problems), walk(root, "assets", problems));
    }

    public static boolean isIgnored(String name) {
        return name.startsWith(".") || (name.startsWith("#") && name.endsWith("#")) || name.endsWith("~") || name.startsWith("~$");
    }

    private List<SourceFile> walk(Path root, String folder, Problems problems) {
        Path top = root.resolve(folder);
        List<SourceFile> files = new ArrayList<>();
        if (Files.isSymbolicLink(top)) {
            problems.add(folder, 0, 0, "the folder " + folder + "/ is a symbolic link", "links are not followed; move the real folder here");
            return files;
        }
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(top) && isIgnored(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (isIgnored(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = relative(root, file);
                    if (attrs.isSymbolicLink()) {
                        problems.add(rel, 0, 0, "symbolic links are not allowed inside the site", "replace the link with a copy of the file");
                    } else if (attrs.isRegularFile()) {
                        files.add(new SourceFile(rel, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    problems.add(relative(root, file), 0, 0, "cannot read this file: " + exc.getClass().getSimpleName());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    static String relative(Path root, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part.toString());
        }
        return Nfc.of(sb.toString());
    }
}

package vn.campaignkit.desk;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.model.HashtagPage;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.source.Nfc;
import vn.campaignkit.source.SourceScanner;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.schema.KindSchema;

/**
 * Every file the desk edits, by kind: content files, the schools list and {@code site.yaml}, each with its
 * title and draft state (from the last good build, or read from the file when that build does not know it),
 * its problems in the latest build and its last change.
 */
final class ContentIndex {
    /** One row of the desk's list. */
    record Item(String path, String kind, String title, boolean draft, int problems, Instant modified, long size) {
    }

    private ContentIndex() {
    }

    static List<Item> list(Path root, Optional<Site> site, List<Problem> problems) throws IOException {
        Map<String, String> titles = new HashMap<>();
        Map<String, Boolean> drafts = new HashMap<>();
        site.ifPresent(s -> {
            for (Page page : s.allPages()) {
                if (isMadeByItsFile(page)) {
                    titles.put(page.info().source(), page.title());
                    drafts.put(page.info().source(), page.info().draft());
                }
            }
            for (Printable printable : s.printables()) {
                titles.put(printable.path(), printable.title());
                drafts.put(printable.path(), printable.draft());
            }
        });
        Map<String, Integer> counts = new HashMap<>();
        problems.forEach(p -> counts.merge(p.path(), 1, Integer::sum));
        List<Item> items = new ArrayList<>();
        for (Path file : files(root)) {
            String path = relative(root, file);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String kind = kindOf(path);
            String title = titles.computeIfAbsent(path, p -> titleFromFile(p, file));
            items.add(new Item(path, kind, title, drafts.getOrDefault(path, false), counts.getOrDefault(path, 0),
                    attributes.lastModifiedTime().toInstant(), attributes.size()));
        }
        items.sort(Comparator.comparing(Item::kind).thenComparing(Item::path));
        return items;
    }

    /**
     * Whether {@code page} is the page its source file makes: a hashtag page without a file of its own names as its
     * source the first page that uses the tag (a tip), and is not that file's page.
     */
    static boolean isMadeByItsFile(Page page) {
        String source = page.info().source();
        return source.startsWith("content/") && !(page instanceof HashtagPage && !source.startsWith("content/hashtags/"));
    }

    static String kindOf(String path) {
        if (path.equals("site.yaml")) {
            return "site";
        }
        if (path.startsWith("data/")) {
            return "data";
        }
        return ContentSchema.ofPath(path).map(KindSchema::word).orElse("other");
    }

    private static String titleFromFile(String path, Path file) {
        if (path.startsWith("data/schools.")) {
            return "Danh sách trường (" + file.getFileName() + ")";
        }
        if (path.equals("site.yaml")) {
            return "Cài đặt chung (site.yaml)";
        }
        if (path.endsWith(".md")) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                Optional<Object> title = FrontMatterOutline.of(path, TextForm.of(bytes).text().replace("\r\n", "\n"))
                        .map(o -> o.values().get("title")).filter(t -> t instanceof String s && !s.isBlank());
                if (title.isPresent()) {
                    return (String) title.get();
                }
            } catch (IOException e) {
                // The file name below is title enough.
            }
        }
        return file.getFileName().toString();
    }

    private static List<Path> files(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(root.resolve("site.yaml"), LinkOption.NOFOLLOW_LINKS)) {
            files.add(root.resolve("site.yaml"));
        }
        for (String top : List.of("content", "data")) {
            Path folder = root.resolve(top);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(folder) || !SourceScanner.isIgnored(dir.getFileName().toString())
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    boolean wanted = top.equals("data") || name.endsWith(".md");
                    if (attrs.isRegularFile() && !SourceScanner.isIgnored(name) && wanted) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return files;
    }

    static String relative(Path root, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(file)) {
            path.append(path.length() == 0 ? "" : "/").append(part);
        }
        return Nfc.of(path.toString());
    }
}

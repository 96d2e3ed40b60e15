package vn.campaignkit.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches {@code site.yaml}, {@code content/}, {@code templates/}, {@code assets/} and {@code data/}
 * (every sub-folder, including ones created later) and reports the changed site-relative paths once
 * the folder has been quiet for a moment, so one save that touches a file several times is one change.
 * Names starting with {@code .}, {@code #…#} and {@code …~} (editor back-ups, swap files, {@code .git}) are
 * ignored. The notifications are the system's own ({@link NativeWatch}), so a save shows at once on Linux,
 * Windows and macOS alike.
 */
final class SourceWatcher implements AutoCloseable {
    static final List<String> WATCHED_FOLDERS = List.of("content", "templates", "assets", "data");
    private static final Duration MAX_DELAY = Duration.ofMillis(300);

    private final Path root;
    private final Duration quiet;
    private final Consumer<ChangeSet> onChange;
    private final NativeWatch watch;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    SourceWatcher(Path root, Duration quiet, Consumer<ChangeSet> onChange) throws IOException {
        this(root, quiet, onChange, NativeWatch.forThisSystem(root));
    }

    /** With the given notifications: on macOS one registration of the site folder covers everything below it. */
    SourceWatcher(Path root, Duration quiet, Consumer<ChangeSet> onChange, NativeWatch watch) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.onChange = onChange;
        this.watch = watch;
        this.service = watch.service();
        register(this.root);
        if (!watch.wholeTree()) {
            for (String folder : WATCHED_FOLDERS) {
                registerTree(this.root.resolve(folder));
            }
        }
        this.thread = new Thread(this::run, "campaignkit-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = service.take();
                Set<String> paths = new TreeSet<>();
                boolean everything = drain(first, paths);
                long deadline = System.nanoTime() + MAX_DELAY.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    everything |= drain(next, paths);
                }
                if (everything || !paths.isEmpty()) {
                    onChange.accept(new ChangeSet(paths, everything));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Collects the key's events; true when a full rebuild is needed (lost events, folder changes, and on
     * macOS any deletion, since a deleted path cannot tell whether it was a folder). An event's path may be
     * a name in the key's folder (JDK) or an absolute path anywhere below the site folder (FSEvents); only
     * {@code site.yaml} and the watched folders count, never an ignored name at any depth.
     */
    private boolean drain(WatchKey key, Set<String> paths) {
        Path folder = folders.get(key);
        boolean everything = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                everything = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context()).normalize();
            if (!changed.startsWith(root) || changed.equals(root)) {
                continue;
            }
            Path below = root.relativize(changed);
            if (below.getNameCount() == 1) {
                everything |= onTopLevel(below.toString(), changed, event.kind());
            } else if (WATCHED_FOLDERS.contains(below.getName(0).toString()) && !hasIgnoredName(below)) {
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(changed);
                    everything = true;
                } else if (event.kind() == ENTRY_DELETE && (watch.wholeTree() || folders.containsValue(changed))) {
                    everything = true;
                }
                paths.add(relative(changed));
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return everything;
    }

    private boolean onTopLevel(String name, Path changed, WatchEvent.Kind<?> kind) {
        if (name.equals("site.yaml")) {
            return true;
        }
        if (WATCHED_FOLDERS.contains(name)) {
            if (kind == ENTRY_CREATE) {
                registerTree(changed);
            }
            return true;
        }
        return false;
    }

    private static boolean hasIgnoredName(Path below) {
        for (Path name : below) {
            if (isIgnored(name.toString())) {
                return true;
            }
        }
        return false;
    }

    static boolean isIgnored(String name) {
        return vn.campaignkit.source.SourceScanner.isIgnored(name);
    }

    private String relative(Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(file)) {
            path.append(path.length() == 0 ? "" : "/").append(part);
        }
        return Normalizer.normalize(path.toString(), Normalizer.Form.NFC);
    }

    /** Registers a folder and its sub-folders, one by one; nothing to do where the root's registration covers them. */
    private void registerTree(Path top) {
        if (watch.wholeTree() || !Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(top) && isIgnored(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A folder that vanished while being walked is reported by its parent's delete event.
        }
    }

    private void register(Path dir) throws IOException {
        folders.put(watch.register(dir), dir);
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}

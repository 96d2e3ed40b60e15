package vn.campaignkit.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.Watchable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's watcher on this system's own notifications (inotify on Linux, where CI runs), and on
 * notifications shaped as macOS's FSEvents deliver them through directory-watcher: one registration of the
 * site folder, absolute paths from anywhere below it (FSEvents itself only runs on a Mac; docs/watching.md).
 */
class SourceWatcherTest {
    private static final Duration QUIET = Duration.ofMillis(100);
    /** A bound on waiting for a change that must come, not a measured time. */
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path site;
    private final BlockingQueue<ChangeSet> changes = new LinkedBlockingQueue<>();

    @BeforeEach
    void site() throws IOException {
        Files.writeString(site.resolve("site.yaml"), "title: Thử\n");
        Files.createDirectories(site.resolve("content/tips"));
        Files.createDirectories(site.resolve("output/tips"));
        Files.writeString(site.resolve("content/tips/mat-khau.md"), "---\ntitle: Mật khẩu\n---\n");
    }

    private ChangeSet next() throws InterruptedException {
        ChangeSet change = changes.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(change).as("a change within " + WAIT_SECONDS + " s").isNotNull();
        return change;
    }

    @Test
    void oneSaveThatTouchesAFileSeveralTimesIsOneChange() throws Exception {
        try (SourceWatcher watcher = new SourceWatcher(site, QUIET, changes::add)) {
            Path tip = site.resolve("content/tips/mat-khau.md");
            Files.writeString(tip, "---\ntitle: Mật khẩu mạnh\n---\n");
            Files.writeString(tip, "---\ntitle: Mật khẩu mạnh\n---\nThân bài.\n", java.nio.file.StandardOpenOption.APPEND);
            ChangeSet change = next();
            assertThat(change.paths()).containsExactly("content/tips/mat-khau.md");
            assertThat(change.everything()).isFalse();
        }
    }

    @Test
    void editorBackupsSwapFilesAndTheOutputFolderAreIgnored() throws Exception {
        try (SourceWatcher watcher = new SourceWatcher(site, QUIET, changes::add)) {
            Files.writeString(site.resolve("content/tips/.mat-khau.md.swp"), "swap");
            Files.writeString(site.resolve("content/tips/#mat-khau.md#"), "emacs");
            Files.writeString(site.resolve("content/tips/mat-khau.md~"), "backup");
            Files.writeString(site.resolve("output/tips/index.html"), "<p>built</p>");
            Files.writeString(site.resolve("notes.txt"), "not part of the site");
            Files.writeString(site.resolve("content/tips/moi.md"), "---\ntitle: Mới\n---\n");
            ChangeSet change = next();
            assertThat(change.paths()).containsExactly("content/tips/moi.md");
            assertThat(change.everything()).isFalse();
        }
    }

    @Test
    void aFileInANewSubFolderIsSeenAndSiteYamlRebuildsEverything() throws Exception {
        try (SourceWatcher watcher = new SourceWatcher(site, QUIET, changes::add)) {
            Path province = Files.createDirectories(site.resolve("content/schools/ha-noi"));
            assertThat(next().everything()).as("a new folder asks for a full build").isTrue();
            Files.writeString(province.resolve("thcs-le-loi.md"), "---\ntitle: THCS Lê Lợi\nprovince: Hà Nội\n---\n");
            ChangeSet change = next();
            while (!change.paths().contains("content/schools/ha-noi/thcs-le-loi.md")) {
                change = next();
            }
            Files.writeString(site.resolve("site.yaml"), "title: Thử lại\n");
            assertThat(next().everything()).isTrue();
        }
    }

    /** Events as directory-watcher's FSEvents service sends them on macOS, fed by hand. */
    @Test
    void wholeTreeNotificationsWithAbsolutePathsGiveTheSameChanges() throws Exception {
        FakeTreeService mac = new FakeTreeService();
        NativeWatch watch = new NativeWatch(mac, true, mac::register);
        try (SourceWatcher watcher = new SourceWatcher(site, QUIET, changes::add, watch)) {
            assertThat(mac.registered).as("one registration covers the site").containsExactly(site.toAbsolutePath().normalize());
            Path root = site.toAbsolutePath().normalize();
            mac.signal(ENTRY_MODIFY, root.resolve("output/tips/index.html"), root.resolve("content/.git/index"),
                    root.resolve("content/tips/mat-khau.md~"), root.resolve("content/tips/mat-khau.md"));
            ChangeSet edit = next();
            assertThat(edit.paths()).containsExactly("content/tips/mat-khau.md");
            assertThat(edit.everything()).isFalse();
            mac.signal(ENTRY_DELETE, root.resolve("content/tips/mat-khau.md"));
            assertThat(next().everything()).as("a deletion may have been a folder").isTrue();
            mac.signal(ENTRY_MODIFY, root.resolve("site.yaml"));
            assertThat(next().everything()).isTrue();
        }
    }

    @Test
    void macOsIsRecognisedByItsName() {
        assertThat(NativeWatch.isMacOs("Mac OS X")).isTrue();
        assertThat(NativeWatch.isMacOs("Linux")).isFalse();
        assertThat(NativeWatch.isMacOs("Windows 11")).isFalse();
    }

    /** A watch service with one key per registered folder, signalled by the test. */
    private static final class FakeTreeService implements WatchService {
        final List<Path> registered = new ArrayList<>();
        private final BlockingQueue<WatchKey> queue = new LinkedBlockingQueue<>();
        private final List<TreeKey> keys = new ArrayList<>();

        WatchKey register(Path folder) {
            registered.add(folder);
            TreeKey key = new TreeKey(folder);
            keys.add(key);
            return key;
        }

        void signal(WatchEvent.Kind<Path> kind, Path... absolute) {
            TreeKey key = keys.get(0);
            for (Path path : absolute) {
                key.events.add(new WatchEvent<Path>() {
                    @Override
                    public Kind<Path> kind() {
                        return kind;
                    }

                    @Override
                    public int count() {
                        return 1;
                    }

                    @Override
                    public Path context() {
                        return path;
                    }
                });
            }
            queue.add(key);
        }

        @Override
        public WatchKey poll() {
            return queue.poll();
        }

        @Override
        public WatchKey poll(long timeout, TimeUnit unit) throws InterruptedException {
            return queue.poll(timeout, unit);
        }

        @Override
        public WatchKey take() throws InterruptedException {
            return queue.take();
        }

        @Override
        public void close() {
            keys.clear();
        }
    }

    private static final class TreeKey implements WatchKey {
        private final Path folder;
        private final List<WatchEvent<?>> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        TreeKey(Path folder) {
            this.folder = folder;
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public List<WatchEvent<?>> pollEvents() {
            List<WatchEvent<?>> out = new ArrayList<>(events);
            events.clear();
            return out;
        }

        @Override
        public boolean reset() {
            return true;
        }

        @Override
        public void cancel() {
            events.clear();
        }

        @Override
        public Watchable watchable() {
            return folder;
        }
    }
}

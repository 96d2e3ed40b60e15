package vn.campaignkit.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watchservice.MacOSXListeningWatchService;
import io.methvin.watchservice.WatchablePath;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Locale;

/**
 * The operating system's own file-change notifications, so the preview sees a save at once on every system:
 * inotify on Linux and ReadDirectoryChangesW on Windows through the JDK's {@link WatchService}, one folder
 * per registration; FSEvents on macOS through directory-watcher, one registration for the whole site folder,
 * its events naming files by absolute path. (The JDK has no native watch service on macOS, up to JDK 25: it
 * falls back to a polling service that looks every 2 to 10 seconds; see docs/watching.md.)
 *
 * @param service     where keys of changed folders are queued
 * @param wholeTree   true when one registration of a folder reports every change below it (FSEvents)
 * @param registrar   how a folder is registered with the service
 */
record NativeWatch(WatchService service, boolean wholeTree, Registrar registrar) {
    /** FSEvents' latency: how long macOS gathers events before reporting them; the watcher's own quiet time follows. */
    private static final double FSEVENTS_LATENCY_SECONDS = 0.05;

    /** Registers one folder for creations, deletions and modifications. */
    interface Registrar {
        WatchKey register(Path folder) throws IOException;
    }

    static NativeWatch forThisSystem(Path root) throws IOException {
        if (isMacOs(System.getProperty("os.name", ""))) {
            return fsEvents();
        }
        WatchService jdk = root.getFileSystem().newWatchService();
        return new NativeWatch(jdk, false, folder -> folder.register(jdk, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY));
    }

    static boolean isMacOs(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /**
     * macOS: directory-watcher's FSEvents service with file-level events and no content hashing (a save is
     * a change even when the bytes are equal, as on the other systems).
     */
    private static NativeWatch fsEvents() {
        MacOSXListeningWatchService mac = new MacOSXListeningWatchService(new MacOSXListeningWatchService.Config() {
            @Override
            public double latency() {
                return FSEVENTS_LATENCY_SECONDS;
            }

            @Override
            public FileHasher fileHasher() {
                return null;
            }

            @Override
            public boolean fileLevelEvents() {
                return true;
            }
        });
        return new NativeWatch(mac, true, folder -> new WatchablePath(folder).register(mac, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY));
    }

    WatchKey register(Path folder) throws IOException {
        return registrar.register(folder);
    }
}

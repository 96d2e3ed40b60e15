package vn.campaignkit.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points of writing the output where a test can stop the build (to kill it exactly there) or make the
 * write fail the way the operating system fails it. Off unless the JVM runs with
 * {@code -Dcampaignkit.fault=POINT[@N]:ACTION}; nothing in Campaign Kit sets it. {@code N} picks the N-th time the
 * point is reached (default 1). Actions: {@code pause} (prints {@code campaignkit: paused at POINT} on stderr and
 * waits forever), {@code no-space}, {@code not-allowed}, {@code read-only} (throw what a full disk, a folder
 * without write permission and a read-only disk throw). Points, in the order a build reaches them: {@code lock},
 * {@code create-staging}, {@code write} (before each new file), {@code file-written} (after each file),
 * {@code swap}, {@code old-moved-aside}, {@code move-in}, {@code new-in-place}, {@code old-half-deleted}.
 */
public final class FaultPoints {
    public static final String PROPERTY = "campaignkit.fault";
    public static final String PAUSED = "campaignkit: paused at ";
    private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

    private FaultPoints() {
    }

    /** Called when writing reaches {@code point}; does nothing unless a test asked for this point. */
    static void reach(String point, Path where) throws IOException {
        String wanted = System.getProperty(PROPERTY);
        if (wanted == null || !wanted.startsWith(point)) {
            return;
        }
        String rest = wanted.substring(point.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return;
        }
        String count = rest.substring(0, colon);
        if (!count.isEmpty() && !count.matches("@[0-9]{1,6}")) {
            return;
        }
        int n = count.isEmpty() ? 1 : Integer.parseInt(count.substring(1));
        if (REACHED.computeIfAbsent(wanted, k -> new AtomicInteger()).incrementAndGet() != n) {
            return;
        }
        switch (rest.substring(colon + 1)) {
            case "pause" -> pause(point);
            case "no-space" -> throw new FileSystemException(where.toString(), null, "No space left on device");
            case "not-allowed" -> throw new AccessDeniedException(where.toString());
            case "read-only" -> throw new FileSystemException(where.toString(), null, "Read-only file system");
            default -> {
                // an action this version does not know: nothing happens
            }
        }
    }

    /** Forgets how often each point was reached, so that a test can run another build in the same JVM. */
    public static void reset() {
        REACHED.clear();
    }

    private static void pause(String point) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        err.println(PAUSED + point);
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // keep waiting: only the test ends this process
            }
        }
    }
}

package vn.campaignkit.serve;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs rebuilds one after another on a single thread. Changes that arrive while a build runs are
 * merged and built together right after it, so a burst of saves costs at most one extra build. The
 * thread has a big stack, as the renderer's own workers do, so deeply nested Markdown cannot crash it.
 */
final class RebuildQueue implements AutoCloseable {
    private final Consumer<ChangeSet> rebuild;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(null, runnable, "campaignkit-rebuild", 16L * 1024 * 1024);
        t.setDaemon(true);
        return t;
    });
    private ChangeSet pending;
    private boolean draining;

    RebuildQueue(Consumer<ChangeSet> rebuild) {
        this.rebuild = rebuild;
    }

    synchronized void submit(ChangeSet changes) {
        pending = pending == null ? changes : pending.plus(changes);
        if (!draining) {
            draining = true;
            thread.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            ChangeSet next;
            synchronized (this) {
                next = pending;
                pending = null;
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            rebuild.accept(next);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}

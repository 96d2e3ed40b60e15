package vn.campaignkit.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.campaignkit.pipeline.BuildProgress;
import vn.campaignkit.pipeline.BuildProgress.Snapshot;

/**
 * Draws a running build's progress on stderr once it has run longer than {@link ProgressSettings#showAfter()}:
 * on a terminal one line redrawn in place (step, files done / total, elapsed, estimate), erased again before the
 * summary; in a log or CI a plain line at each step, each tenth of a counted step and at least every 10 seconds.
 * A ticker thread keeps the elapsed time moving between the build's own updates.
 */
final class ProgressDisplay implements BuildProgress.Listener, AutoCloseable {
    static final Duration LOG_EVERY = Duration.ofSeconds(10);
    static final int LINE_WIDTH = 79;

    private final BuildProgress progress;
    private final ProgressSettings settings;
    private final PrintWriter err;
    private ScheduledExecutorService ticker;
    private boolean closed;
    private int drawnWidth;
    private BuildProgress.Step loggedStep;
    private int loggedTenth;
    private Duration loggedAt = Duration.ZERO;

    private ProgressDisplay(BuildProgress progress, ProgressSettings settings, PrintWriter err) {
        this.progress = progress;
        this.settings = settings;
        this.err = err;
    }

    /** Starts showing {@code progress}; nothing at all when the settings say {@link ProgressSettings.Mode#OFF}. */
    static ProgressDisplay start(BuildProgress progress, ProgressSettings settings, PrintWriter err) {
        ProgressDisplay display = new ProgressDisplay(progress, settings, err);
        if (settings.mode() == ProgressSettings.Mode.OFF) {
            return display;
        }
        progress.subscribe(display);
        if (!settings.tick().isZero()) {
            display.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "campaignkit-progress");
                t.setDaemon(true);
                return t;
            });
            long every = settings.tick().toMillis();
            display.ticker.scheduleAtFixedRate(display::show, every, every, TimeUnit.MILLISECONDS);
        }
        return display;
    }

    /** The build moved on; what is drawn is read afresh under the lock, so lines never go backwards. */
    @Override
    public void changed(Snapshot ignored) {
        show();
    }

    private synchronized void show() {
        Snapshot now = progress.snapshot();
        if (closed || now.finished() || now.elapsed().compareTo(settings.showAfter()) < 0) {
            return;
        }
        if (settings.mode() == ProgressSettings.Mode.LIVE_LINE) {
            draw(liveLine(now));
        } else if (settings.mode() == ProgressSettings.Mode.LOG_LINES && logLineDue(now)) {
            err.println(logLine(now));
            err.flush();
        }
    }

    /** Stops drawing; on a terminal the line is erased, so the summary is the last line the user sees. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        progress.unsubscribe(this);
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    private void draw(String line) {
        String shown = line.length() > LINE_WIDTH ? line.substring(0, LINE_WIDTH - 3) + "..." : line;
        String pad = " ".repeat(Math.max(0, drawnWidth - shown.length()));
        err.print("\r" + shown + pad);
        err.flush();
        drawnWidth = shown.length() + pad.length();
    }

    private boolean logLineDue(Snapshot now) {
        int tenth = now.percent() / 10;
        boolean due = now.step() != loggedStep || tenth > loggedTenth
                || now.elapsed().minus(loggedAt).compareTo(LOG_EVERY) >= 0;
        if (due) {
            loggedStep = now.step();
            loggedTenth = tenth;
            loggedAt = now.elapsed();
        }
        return due;
    }

    /** {@code Building: pages 1,234/6,500 - 0:12 elapsed - about 0:40 left} (ASCII: any terminal, any code page). */
    static String liveLine(Snapshot now) {
        StringBuilder line = new StringBuilder("Building: ").append(now.step().label());
        if (now.step().counted()) {
            line.append(' ').append(count(now.done())).append('/').append(count(now.total()));
        }
        line.append(" - ").append(clock(now.elapsed())).append(" elapsed");
        now.stepLeft().ifPresent(left -> line.append(" - about ").append(clock(left)).append(" left"));
        return line.toString();
    }

    /** {@code progress: pages 1,234/6,500 (18 %), 0:12 elapsed, about 0:40 left in this step}. */
    static String logLine(Snapshot now) {
        StringBuilder line = new StringBuilder("progress: ").append(now.step().label());
        if (now.step().counted()) {
            line.append(' ').append(count(now.done())).append('/').append(count(now.total()))
                    .append(" (").append(now.percent()).append(" %)");
        }
        line.append(", ").append(clock(now.elapsed())).append(" elapsed");
        now.stepLeft().ifPresent(left -> line.append(", about ").append(clock(left)).append(" left in this step"));
        return line.toString();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 0:07}, {@code 3:25}, {@code 1:02:03}. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}

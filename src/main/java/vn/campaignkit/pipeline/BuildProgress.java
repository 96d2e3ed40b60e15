package vn.campaignkit.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * How far a running build has come: the step it is in, files done of the step's total, time elapsed. The
 * pipeline feeds it (render and derive workers call {@link #advance()} concurrently); the command line draws it
 * and the editor's desk can stream it. Readers either ask for a {@link #snapshot()} at any time or
 * {@link #subscribe subscribe}: a listener hears every step start, every whole percent of a counted step, and the
 * end. A build starts in {@link Step#READING}.
 */
public final class BuildProgress {
    static final Duration ESTIMATE_AFTER = Duration.ofSeconds(1);

    /** The steps of a build, in order; only the counted ones know their number of files. */
    public enum Step {
        READING("reading the site", false),
        PAGES("pages", true),
        DERIVED("images, PDFs and kits", true),
        WRITING("writing the output", false);

        private final String label;
        private final boolean counted;

        Step(String label, boolean counted) {
            this.label = label;
            this.counted = counted;
        }

        public String label() {
            return label;
        }

        public boolean counted() {
            return counted;
        }
    }

    /**
     * The state at one moment.
     *
     * @param done        files of this step finished so far (0 for steps that are not counted)
     * @param total       files this step will make (0 for steps that are not counted)
     * @param elapsed     since the build started
     * @param stepElapsed since this step started
     * @param finished    the build is over (successfully or not)
     */
    public record Snapshot(Step step, int done, int total, Duration elapsed, Duration stepElapsed, boolean finished) {
        /** Whole percent of this step, 0–100; 0 for a step that is not counted. */
        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, (long) done * 100 / total);
        }

        /**
         * The time this step still needs at its pace so far, to the second; empty while too early to tell (the
         * step's first second or first file), under a second, or once done.
         */
        public Optional<Duration> stepLeft() {
            if (total <= 0 || done <= 0 || done >= total || stepElapsed.compareTo(ESTIMATE_AFTER) < 0) {
                return Optional.empty();
            }
            Duration left = Duration.ofSeconds(stepElapsed.toNanos() / done * (total - done) / 1_000_000_000L);
            return left.isZero() ? Optional.empty() : Optional.of(left);
        }
    }

    /** Hears the build's progress; called on the build's threads, so it must return quickly and not throw. */
    @FunctionalInterface
    public interface Listener {
        void changed(Snapshot now);
    }

    /** One step as it runs: replaced as a whole when the next step starts, so a snapshot is never half old. */
    private record Running(Step step, int total, long startedNanos, AtomicInteger done, AtomicInteger percentHeard) {
    }

    private final LongSupplier nanoClock;
    private final long startedNanos;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Running running;
    private volatile boolean finished;

    /** A build starting now. */
    public BuildProgress() {
        this(System::nanoTime);
    }

    /** A build starting now by {@code nanoClock} (tests pass a clock they move by hand). */
    public BuildProgress(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.startedNanos = nanoClock.getAsLong();
        this.running = new Running(Step.READING, 0, startedNanos, new AtomicInteger(), new AtomicInteger());
    }

    public void subscribe(Listener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Listener listener) {
        listeners.remove(listener);
    }

    /** Starts the next step; {@code total} is the number of files it will make (ignored for uncounted steps). */
    public void start(Step step, int total) {
        running = new Running(step, step.counted() ? Math.max(0, total) : 0, nanoClock.getAsLong(), new AtomicInteger(),
                new AtomicInteger());
        tell();
    }

    /** One file of the current step is done. Safe to call from many threads at once. */
    public void advance() {
        Running now = running;
        int done = now.done().incrementAndGet();
        if (now.total() <= 0) {
            return;
        }
        int percent = (int) Math.min(100, (long) done * 100 / now.total());
        int heard = now.percentHeard().get();
        if (percent > heard && now.percentHeard().compareAndSet(heard, percent)) {
            tell();
        }
    }

    /** The build is over; listeners hear it once more. */
    public void finish() {
        finished = true;
        tell();
    }

    public Snapshot snapshot() {
        Running now = running;
        long at = nanoClock.getAsLong();
        int done = now.total() <= 0 ? 0 : Math.min(now.done().get(), now.total());
        return new Snapshot(now.step(), done, now.total(), Duration.ofNanos(at - startedNanos),
                Duration.ofNanos(at - now.startedNanos()), finished);
    }

    private void tell() {
        if (listeners.isEmpty()) {
            return;
        }
        Snapshot now = snapshot();
        listeners.forEach(l -> l.changed(now));
    }
}

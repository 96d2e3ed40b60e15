package vn.campaignkit.serve;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import vn.campaignkit.problem.Problem;

/**
 * The site as the preview serves it: the last complete build, and the problems of the latest build
 * if it failed. A failed build never replaces the last good one; every build is announced to the
 * open pages. Builds run one at a time, on the caller's thread.
 */
final class LiveSite {
    private final Path root;
    private final SiteBuild build;
    private final ReloadHub hub;
    private final PrintWriter log;
    private final AtomicReference<State> state = new AtomicReference<>(new State(0, Optional.empty(), List.of(), 0));

    /** What is served now; {@code version} counts successful builds. */
    record State(long version, Optional<SiteSnapshot> site, List<ProblemExcerpt> problems, int problemCount) {
        String json(Set<String> changed) {
            return JsonText.state(version, problems, problemCount, changed);
        }
    }

    LiveSite(Path root, SiteBuild build, ReloadHub hub, PrintWriter log) {
        this.root = root;
        this.build = build;
        this.hub = hub;
        this.log = log;
    }

    State state() {
        return state.get();
    }

    String stateJson() {
        return state.get().json(null);
    }

    synchronized void rebuild(ChangeSet changes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        BuildResult result = runGuarded(changes);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long cpuMillis = TimeUnit.NANOSECONDS.toMillis(threads.getCurrentThreadCpuTime() - cpuStarted);
        State before = state.get();
        if (result instanceof BuildResult.Built built) {
            Set<String> changed = before.site().map(built.site()::changedSince).orElse(null);
            State now = new State(before.version() + 1, Optional.of(built.site()), List.of(), 0);
            state.set(now);
            log.printf("built %d files in %d ms (%d ms CPU on the build thread)%s%n", built.site().size(), millis, cpuMillis,
                    changed == null ? "" : ", " + changed.size() + " changed");
            hub.broadcast(now.json(changed));
        } else if (result instanceof BuildResult.Failed failed) {
            List<Problem> problems = failed.problems();
            State now = new State(before.version(), before.site(), ProblemExcerpt.of(root, problems), problems.size());
            state.set(now);
            problems.forEach(problem -> log.println(problem.format()));
            log.printf("%d problem(s); the preview keeps showing the last good build until they are fixed%n", problems.size());
            hub.broadcast(now.json(null));
        }
    }

    /** A crash inside the build is reported like a problem instead of stopping the preview. */
    private BuildResult runGuarded(ChangeSet changes) {
        try {
            return build.build(changes);
        } catch (RuntimeException | StackOverflowError e) {
            String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new BuildResult.Failed(List.of(new Problem("(campaign kit)", 0, 0,
                    "Campaign Kit could not finish this build (internal error " + detail + ")",
                    "save the file again; if this stays, run the build command and report its output")));
        }
    }
}

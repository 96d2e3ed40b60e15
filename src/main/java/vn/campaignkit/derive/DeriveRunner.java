package vn.campaignkit.derive;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.OutputSink;
import vn.campaignkit.render.ParallelTasks;

/** Runs derived jobs in parallel, reusing the previous build's file when a job's fingerprint is unchanged, or only checks them. */
public final class DeriveRunner {
    /** What a run did, for the build summary and the manifest. */
    public record Report(int rendered, int reused, Map<String, String> fingerprints) {
    }

    public Report run(List<DeriveJob> jobs, OutputSink sink, PreviousOutput previous, Problems problems, int threads) {
        return run(jobs, sink, previous, problems, threads, () -> { });
    }

    /** The same, running {@code afterEach} when a file is written or reused (the build's progress). */
    public Report run(List<DeriveJob> jobs, OutputSink sink, PreviousOutput previous, Problems problems, int threads,
                      Runnable afterEach) {
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        Map<String, String> fingerprints = new TreeMap<>();
        jobs.forEach(j -> fingerprints.put(j.outputPath(), j.fingerprint()));
        ParallelTasks.forEach(jobs, threads, "derive", 0, job -> {
            Optional<Path> old = previous.reusable(job.outputPath(), fingerprints.get(job.outputPath()));
            if (old.isPresent()) {
                sink.copy(job.outputPath(), old.get());
                reused.incrementAndGet();
            } else {
                sink.write(job.outputPath(), job.render(problems));
                rendered.incrementAndGet();
            }
            afterEach.run();
        });
        return new Report(rendered.get(), reused.get(), fingerprints);
    }

    /**
     * Lays every job out without drawing or encoding ({@link DeriveJob#check}), reporting to {@code problems}
     * what rendering would: {@code check}'s path, and the one for live problems while editing. Nothing is written.
     */
    public Report check(List<DeriveJob> jobs, Problems problems, int threads) {
        ParallelTasks.forEach(jobs, threads, "check", 0, job -> job.check(problems));
        return new Report(0, 0, Map.of());
    }
}

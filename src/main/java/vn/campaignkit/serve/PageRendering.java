package vn.campaignkit.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.PageView;
import vn.campaignkit.render.SiteRenderer;

/**
 * Renders pages for the preview and keeps each page's view: all pages in parallel, or only the
 * affected ones whose view changed (or that must be rendered again), reusing converted bodies of
 * unchanged sources.
 */
final class PageRendering {
    private static final long STACK = 16L * 1024 * 1024;
    private final int threads;

    PageRendering(int threads) {
        this.threads = Math.max(1, threads);
    }

    Map<String, PageView> all(SiteRenderer renderer, List<PageJob> jobs, MemorySink sink) {
        Map<String, PageView> views = new ConcurrentHashMap<>();
        inParallel(jobs, job -> {
            PageView view = renderer.view(job);
            views.put(job.outputPath(), view);
            renderer.write(job, view, sink);
        });
        return views;
    }

    Map<String, PageView> some(SiteRenderer renderer, List<PageJob> jobs, AffectedPages affected, Set<String> changedSources,
                               Map<String, PageView> before, MemorySink sink) {
        Map<String, PageView> views = new ConcurrentHashMap<>(before);
        List<PageJob> candidates = jobs.stream().filter(job -> affected.candidates().contains(job.outputPath())).toList();
        inParallel(candidates, job -> {
            PageView old = before.get(job.outputPath());
            PageView view = old == null || changedSources.contains(job.source()) ? renderer.view(job)
                    : renderer.view(job, old.bodyHtml());
            views.put(job.outputPath(), view);
            if (!view.equals(old) || affected.forced().contains(job.outputPath())) {
                renderer.write(job, view, sink);
            }
        });
        return views;
    }

    /** Runs on the calling thread for a few jobs, on big-stack workers for many (deeply nested Markdown must not crash). */
    private void inParallel(List<PageJob> jobs, Consumer<PageJob> work) {
        if (jobs.size() < 64 || threads == 1) {
            jobs.forEach(work);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(null, runnable, "campaignkit-render", STACK);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            jobs.forEach(job -> futures.add(pool.submit(() -> work.accept(job))));
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}

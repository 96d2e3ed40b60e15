package vn.campaignkit.derive;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;

/**
 * A job whose bytes are also needed by other jobs (a school's frame inside the school's zip): the
 * first caller renders, later callers get the same bytes, and the bytes are dropped after the
 * expected number of callers took them.
 */
public final class SharedRender implements DeriveJob {
    private final DeriveJob job;
    private final AtomicInteger left;
    private final AtomicReference<CompletableFuture<byte[]>> result = new AtomicReference<>();

    private SharedRender(DeriveJob job, int users) {
        this.job = job;
        this.left = new AtomicInteger(users);
    }

    /** Shares {@code job} between {@code users} callers of {@link #render}. */
    public static SharedRender of(DeriveJob job, int users) {
        return job instanceof SharedRender s ? s.withMoreUsers(users - 1) : new SharedRender(job, users);
    }

    private SharedRender withMoreUsers(int more) {
        left.addAndGet(more);
        return this;
    }

    @Override
    public String outputPath() {
        return job.outputPath();
    }

    @Override
    public String fingerprint() {
        return job.fingerprint();
    }

    @Override
    public Optional<SiteView.Download> listing() {
        return job.listing();
    }

    @Override
    public byte[] render(Problems problems) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> current = result.compareAndExchange(null, mine);
        byte[] bytes;
        if (current == null) {
            bytes = job.render(problems);
            mine.complete(bytes);
        } else {
            bytes = current.join();
        }
        if (left.decrementAndGet() <= 0) {
            result.set(null);
        }
        return bytes;
    }
}

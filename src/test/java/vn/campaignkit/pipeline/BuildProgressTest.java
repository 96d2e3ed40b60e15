package vn.campaignkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.campaignkit.pipeline.BuildProgress.Snapshot;
import vn.campaignkit.pipeline.BuildProgress.Step;

/** The build's progress: steps, files done of the total, elapsed time and an estimate, safe across threads. */
class BuildProgressTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final BuildProgress progress = new BuildProgress(nanos::get);

    private void wait(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void aBuildStartsReadingWithoutACountAndMovesThroughCountedSteps() {
        wait(Duration.ofMillis(1500));
        Snapshot reading = progress.snapshot();
        assertThat(reading.step()).isEqualTo(Step.READING);
        assertThat(reading.total()).isZero();
        assertThat(reading.elapsed()).isEqualTo(Duration.ofMillis(1500));

        progress.start(Step.PAGES, 200);
        wait(Duration.ofSeconds(2));
        for (int i = 0; i < 50; i++) {
            progress.advance();
        }
        Snapshot pages = progress.snapshot();
        assertThat(pages.step()).isEqualTo(Step.PAGES);
        assertThat(pages.done()).isEqualTo(50);
        assertThat(pages.total()).isEqualTo(200);
        assertThat(pages.percent()).isEqualTo(25);
        assertThat(pages.elapsed()).isEqualTo(Duration.ofMillis(3500));
        assertThat(pages.stepElapsed()).isEqualTo(Duration.ofSeconds(2));
        assertThat(pages.stepLeft()).as("50 files in 2 s, 150 to go").contains(Duration.ofSeconds(6));

        progress.start(Step.WRITING, 99);
        assertThat(progress.snapshot().total()).as("writing is not counted").isZero();
        assertThat(progress.snapshot().finished()).isFalse();
        progress.finish();
        assertThat(progress.snapshot().finished()).isTrue();
    }

    @Test
    void noEstimateInTheFirstSecondOfAStepNorOnceItIsDone() {
        progress.start(Step.DERIVED, 10);
        progress.advance();
        wait(Duration.ofMillis(900));
        assertThat(progress.snapshot().stepLeft()).isEmpty();
        wait(Duration.ofMillis(100));
        assertThat(progress.snapshot().stepLeft()).contains(Duration.ofSeconds(9));
        for (int i = 0; i < 12; i++) {
            progress.advance();
        }
        assertThat(progress.snapshot().done()).as("never more than the total").isEqualTo(10);
        assertThat(progress.snapshot().stepLeft()).isEmpty();
    }

    @Test
    void listenersHearEachStepAndEachWholePercentOnceEvenFromManyThreads() {
        List<Snapshot> heard = new CopyOnWriteArrayList<>();
        progress.subscribe(heard::add);
        progress.start(Step.PAGES, 1000);
        IntStream.range(0, 1000).parallel().forEach(i -> progress.advance());
        progress.start(Step.DERIVED, 3);
        progress.advance();
        progress.finish();

        assertThat(heard.stream().filter(s -> s.step() == Step.PAGES).count()).as("start + 100 percents").isEqualTo(101);
        assertThat(heard.stream().filter(s -> s.step() == Step.DERIVED)).hasSize(3);
        assertThat(heard.get(heard.size() - 1).finished()).isTrue();
        assertThat(progress.snapshot().step()).isEqualTo(Step.DERIVED);
    }

    @Test
    void anUnsubscribedListenerHearsNothingMore() {
        List<Snapshot> heard = new CopyOnWriteArrayList<>();
        BuildProgress.Listener listener = heard::add;
        progress.subscribe(listener);
        progress.start(Step.PAGES, 1);
        progress.unsubscribe(listener);
        progress.advance();
        assertThat(heard).hasSize(1);
    }
}

package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.campaignkit.pipeline.BuildProgress;
import vn.campaignkit.pipeline.BuildProgress.Step;

/**
 * What a long build prints on stderr: one line redrawn in place on a terminal, plain lines in a log, nothing
 * with --quiet or before two seconds. The clock is moved by hand and updates are driven by the build's own
 * events (no ticker), so every line is predictable.
 */
class ProgressDisplayTest {
    private final AtomicLong nanos = new AtomicLong();
    private final BuildProgress progress = new BuildProgress(nanos::get);
    private final StringWriter err = new StringWriter();

    private ProgressDisplay display(ProgressSettings.Mode mode) {
        return ProgressDisplay.start(progress, new ProgressSettings(mode, Duration.ofSeconds(2), Duration.ZERO),
                new PrintWriter(err, true));
    }

    private void wait(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    private void advance(int files) {
        for (int i = 0; i < files; i++) {
            progress.advance();
        }
    }

    private String lastDrawn() {
        String all = err.toString();
        return all.substring(all.lastIndexOf('\r') + 1);
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlaceAndErasedAtTheEnd() {
        ProgressDisplay display = display(ProgressSettings.Mode.LIVE_LINE);
        progress.start(Step.PAGES, 100);
        advance(10);
        assertThat(err.toString()).as("a build shorter than 2 s shows nothing").isEmpty();

        wait(Duration.ofSeconds(3));
        advance(10);
        assertThat(err.toString()).startsWith("\rBuilding: pages 11/100 - 0:03 elapsed - about 0:24 left\r");
        assertThat(lastDrawn()).isEqualTo("Building: pages 20/100 - 0:03 elapsed - about 0:12 left");

        progress.start(Step.DERIVED, 4000);
        assertThat(lastDrawn()).as("a shorter line covers the longer one with spaces")
                .isEqualTo("Building: images, PDFs and kits 0/4,000 - 0:03 elapsed ");

        display.close();
        assertThat(err.toString()).endsWith("\r" + " ".repeat(55) + "\r").doesNotContain("\n");
        progress.advance();
        assertThat(err.toString()).as("nothing after the end").endsWith(" \r");
    }

    @Test
    void theTerminalLineNeverWrapsAt80Columns() {
        ProgressDisplay display = display(ProgressSettings.Mode.LIVE_LINE);
        wait(Duration.ofHours(2));
        progress.start(Step.DERIVED, 1_000_000);
        wait(Duration.ofSeconds(10));
        advance(10_000);
        String line = lastDrawn();
        assertThat(line).startsWith("Building: images, PDFs and kits 10,000/1,000,000 - 2:00:10 elapsed - ab").endsWith("...");
        assertThat(line.length()).isEqualTo(79);
        display.close();
    }

    @Test
    void inALogAPlainLineComesAtEachStepEachTenthAndEveryTenSeconds() {
        ProgressDisplay display = display(ProgressSettings.Mode.LOG_LINES);
        wait(Duration.ofSeconds(2));
        progress.start(Step.PAGES, 50);
        wait(Duration.ofSeconds(1));
        advance(50);
        progress.start(Step.DERIVED, 1000);
        wait(Duration.ofSeconds(4));
        advance(150);
        wait(Duration.ofSeconds(11));
        display.changed(progress.snapshot()); // the ticker: no file finished for 11 s
        display.close();

        assertThat(err.toString().lines()).containsExactly(
                "progress: pages 0/50 (0 %), 0:02 elapsed",
                "progress: pages 5/50 (10 %), 0:03 elapsed, about 0:09 left in this step",
                "progress: pages 10/50 (20 %), 0:03 elapsed, about 0:04 left in this step",
                "progress: pages 15/50 (30 %), 0:03 elapsed, about 0:02 left in this step",
                "progress: pages 20/50 (40 %), 0:03 elapsed, about 0:01 left in this step",
                "progress: pages 25/50 (50 %), 0:03 elapsed, about 0:01 left in this step",
                "progress: pages 30/50 (60 %), 0:03 elapsed",
                "progress: pages 35/50 (70 %), 0:03 elapsed",
                "progress: pages 40/50 (80 %), 0:03 elapsed",
                "progress: pages 45/50 (90 %), 0:03 elapsed",
                "progress: pages 50/50 (100 %), 0:03 elapsed",
                "progress: images, PDFs and kits 0/1,000 (0 %), 0:03 elapsed",
                "progress: images, PDFs and kits 100/1,000 (10 %), 0:07 elapsed, about 0:36 left in this step",
                "progress: images, PDFs and kits 150/1,000 (15 %), 0:18 elapsed, about 1:25 left in this step");
        assertThat(err.toString()).doesNotContain("\r");
    }

    @Test
    void quietShowsNothingAtAll() {
        ProgressDisplay display = ProgressDisplay.start(progress,
                new ProgressSettings(ProgressSettings.Mode.LOG_LINES, Duration.ZERO, Duration.ZERO).quiet(true), new PrintWriter(err, true));
        progress.start(Step.PAGES, 10);
        wait(Duration.ofMinutes(5));
        advance(10);
        display.close();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theWaitBeforeProgressCanBeSetInWholeSeconds() {
        assertThat(ProgressSettings.showAfter(null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(ProgressSettings.showAfter("0")).isEqualTo(Duration.ZERO);
        assertThat(ProgressSettings.showAfter(" 5 ")).isEqualTo(Duration.ofSeconds(5));
        assertThat(ProgressSettings.showAfter("-1")).isEqualTo(Duration.ofSeconds(2));
        assertThat(ProgressSettings.showAfter("soon")).isEqualTo(Duration.ofSeconds(2));
    }
}

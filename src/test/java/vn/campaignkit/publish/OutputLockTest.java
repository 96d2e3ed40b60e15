package vn.campaignkit.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build at a time per output folder; the lock file goes with the build. (Another process: KilledBuildTest.) */
class OutputLockTest {
    @TempDir
    Path dir;

    @AfterEach
    void noFaults() {
        System.clearProperty(FaultPoints.PROPERTY);
        FaultPoints.reset();
    }

    @Test
    void refusesASecondBuildOfTheSameOutputWhileTheFirstHoldsIt() {
        Path out = dir.resolve("output");
        try (OutputLock first = OutputLock.acquire(out)) {
            assertThat(dir.resolve("output.campaignkit-lock")).exists();
            assertThatThrownBy(() -> OutputLock.acquire(dir.resolve("x/../output")))
                    .isInstanceOfSatisfying(CannotWriteOutputException.class,
                            e -> assertThat(e.reason()).isEqualTo(CannotWriteOutputException.Reason.IN_USE));
            OutputLock.acquire(dir.resolve("other")).close();
        }
        assertThat(dir.resolve("output.campaignkit-lock")).doesNotExist();
        OutputLock.acquire(out).close();
    }

    @Test
    void takesOverTheLockFileAKilledBuildLeft() throws IOException {
        Files.writeString(dir.resolve("output.campaignkit-lock"), "Campaign Kit is building into output (process 1).\n");
        try (OutputLock lock = OutputLock.acquire(dir.resolve("output"))) {
            assertThat(Files.readString(dir.resolve("output.campaignkit-lock")))
                    .contains("process " + ProcessHandle.current().pid());
        }
        assertThat(dir.resolve("output.campaignkit-lock")).doesNotExist();
    }

    @Test
    void aFolderItMayNotWriteIsCannotWriteAndLeavesNothing() throws IOException {
        System.setProperty(FaultPoints.PROPERTY, "lock:not-allowed");
        assertThatThrownBy(() -> OutputLock.acquire(dir.resolve("output")))
                .isInstanceOfSatisfying(CannotWriteOutputException.class,
                        e -> assertThat(e.reason()).isEqualTo(CannotWriteOutputException.Reason.NOT_ALLOWED));
        try (var entries = Files.list(dir)) {
            assertThat(entries).isEmpty();
        }
        System.clearProperty(FaultPoints.PROPERTY);
        OutputLock.acquire(dir.resolve("output")).close();
    }
}

package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.campaignkit.publish.CannotWriteOutputException;
import vn.campaignkit.publish.CannotWriteOutputException.Reason;

/** How much to free is worked out from the last complete build, or from what the build had written. */
class CannotWriteMessageTest {
    private static final long MB = 1L << 20;
    private static final Path OUTPUT = Path.of("/srv/site/output");

    private static CannotWriteOutputException full(long written) {
        return new CannotWriteOutputException(Reason.NO_SPACE, Path.of("/srv/site/output.tmp-1/frames/a.png"),
                "No space left on device", written, null);
    }

    @Test
    void asksToFreeTheLastBuildsSizeAndATenthMoreMinusWhatIsFree() {
        String text = CannotWriteMessage.of(full(40 * MB), OUTPUT, 200 * MB, 3 * MB);
        assertThat(text).startsWith("error: the disk is full: cannot write /srv/site/output.tmp-1/frames/a.png (No space left on device)")
                .contains("needs up to about 220 MB there (the size of the last complete build, and a tenth more); free there now: 3 MB")
                .contains("; nothing was written, and the unfinished build was removed").contains("(hint: free at least 217 MB on that disk")
                .contains("--output");
    }

    @Test
    void onAFirstBuildAsksForAtLeastWhatItHadWrittenMore() {
        String text = CannotWriteMessage.of(full(37 * MB), OUTPUT, 0, 38 * MB);
        assertThat(text).contains("had written 37 MB when the disk became full and needs more than that; free there now: 38 MB")
                .contains("free at least 37 MB on that disk");
    }

    @Test
    void saysSoWhenThereIsEnoughSpaceNow() {
        String text = CannotWriteMessage.of(full(MB), OUTPUT, 10 * MB, 500 * MB);
        assertThat(text).contains("there is enough space now").doesNotContain("free at least");
    }

    @Test
    void roundsUpSoThatFreeingTheNumberShownIsEnough() {
        assertThat(CannotWriteMessage.megabytes(1)).isEqualTo(1);
        assertThat(CannotWriteMessage.megabytes(MB)).isEqualTo(1);
        assertThat(CannotWriteMessage.megabytes(MB + 1)).isEqualTo(2);
        assertThat(CannotWriteMessage.size(213 * MB + 5)).isEqualTo("213 MB");
        assertThat(CannotWriteMessage.size(1000)).isEqualTo("less than 1 MB");
    }

    @Test
    void eachReasonSaysWhatToDo() {
        Path where = Path.of("/media/usb/out.campaignkit-lock");
        assertThat(CannotWriteMessage.of(new CannotWriteOutputException(Reason.NOT_ALLOWED, where, "Permission denied", 0, null),
                OUTPUT, 0, -1)).startsWith("error: Campaign Kit may not write in /media/usb (Permission denied)")
                .contains("choose a folder you may write with --output");
        assertThat(CannotWriteMessage.of(new CannotWriteOutputException(Reason.READ_ONLY, where, "Read-only file system", 0, null),
                OUTPUT, 0, -1)).startsWith("error: the disk of /media/usb can only be read, not written").contains("lock switch");
        assertThat(CannotWriteMessage.of(new CannotWriteOutputException(Reason.IN_USE, where, "busy", 0, null), OUTPUT, 0, -1))
                .isEqualTo("error: another Campaign Kit build is writing /srv/site/output right now"
                        + " (hint: wait until it has finished and build again, or choose another --output)");
    }
}

package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.publish.FaultPoints;
import vn.campaignkit.testsite.MicroSite;

/**
 * A full disk, a folder the build may not write, a read-only disk: exit 4 with what happened, where and what to do,
 * never "internal error … bug", the previous output as it was and nothing left behind. The operating system's
 * errors are made at the points where it makes them ({@link FaultPoints}); a file standing where a folder is needed
 * is real.
 */
class CannotWriteOutputTest {
    @TempDir
    Path dir;

    @AfterEach
    void noFaults() {
        System.clearProperty(FaultPoints.PROPERTY);
        FaultPoints.reset();
    }

    private static MicroSite.Run withFault(String fault, MicroSite site) {
        FaultPoints.reset();
        System.setProperty(FaultPoints.PROPERTY, fault);
        try {
            return site.build();
        } finally {
            System.clearProperty(FaultPoints.PROPERTY);
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void saysItIsTheMachinesProblem(MicroSite.Run run) {
        assertThat(run.exit()).as("exit code; stderr:%n%s", run.err()).isEqualTo(Main.CANNOT_WRITE);
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("bug").doesNotContain("Exception")
                .doesNotContain("\tat ").startsWith("error: ");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void aFullDiskIsExitFourWithWhereAndHowMuchAndTheOutputAsItWas() throws IOException {
        MicroSite site = MicroSite.in(dir).tip("a", "title: Một", "x\n");
        site.build().succeeds();
        Map<String, String> before = MicroSite.hashTree(site.output());
        site.tip("a", "title: Hai", "y\n");

        MicroSite.Run run = withFault("write@3:no-space", site);

        saysItIsTheMachinesProblem(run);
        assertThat(run.err()).contains("error: the disk is full: cannot write " + site.root().resolve("output.tmp-"))
                .contains("(No space left on device)").contains("the size of the last complete build")
                .contains(site.output() + " was left as it was, and the unfinished build was removed").contains("--output");
        assertThat(MicroSite.hashTree(site.output())).isEqualTo(before);
        assertThat(entries(dir)).containsExactly("content", "output");
    }

    @Test
    void aFullDiskOnTheFirstBuildSaysHowMuchItHadWritten() throws IOException {
        MicroSite site = MicroSite.in(dir).tip("a", "title: Một", "x\n");

        MicroSite.Run run = withFault("write@5:no-space", site);

        saysItIsTheMachinesProblem(run);
        assertThat(run.err()).contains("MB when the disk became full and needs more than that");
        assertThat(entries(dir)).containsExactly("content");
    }

    @Test
    void aFolderItMayNotWriteIsExitFourAndNothingIsMade() throws IOException {
        MicroSite site = MicroSite.in(dir).tip("a", "title: Một", "x\n");

        MicroSite.Run run = withFault("lock:not-allowed", site);

        saysItIsTheMachinesProblem(run);
        assertThat(run.err()).startsWith("error: Campaign Kit may not write in " + dir + " (Permission denied); nothing was written")
                .contains("choose a folder you may write with --output");
        assertThat(entries(dir)).containsExactly("content");
    }

    @Test
    void aReadOnlyDiskIsExitFourAndTheOutputStaysAsItWas() throws IOException {
        MicroSite site = MicroSite.in(dir).tip("a", "title: Một", "x\n");
        site.build().succeeds();
        Map<String, String> before = MicroSite.hashTree(site.output());
        site.tip("a", "title: Hai", "y\n");

        MicroSite.Run run = withFault("create-staging:read-only", site);

        saysItIsTheMachinesProblem(run);
        assertThat(run.err()).startsWith("error: the disk of " + dir + " can only be read, not written (Read-only file system)");
        assertThat(MicroSite.hashTree(site.output())).isEqualTo(before);
        assertThat(entries(dir)).containsExactly("content", "output");
    }

    @Test
    void aFileWhereTheOutputsFolderShouldBeIsExitFour() throws IOException {
        MicroSite site = MicroSite.in(dir.resolve("site"));
        Files.writeString(dir.resolve("ban-sao"), "một tệp, không phải thư mục");

        MicroSite.Run run = site.build("--output", dir.resolve("ban-sao/web").toString());

        saysItIsTheMachinesProblem(run);
        assertThat(run.err()).contains("is a file where a folder is needed");
        assertThat(dir.resolve("ban-sao")).hasContent("một tệp, không phải thư mục");
        assertThat(entries(dir)).containsExactly("ban-sao", "site");
    }

    @Test
    void aFullDiskWhileMovingTheBuildInKeepsThePreviousOutput() throws IOException {
        MicroSite site = MicroSite.in(dir).tip("a", "title: Một", "x\n");
        site.build().succeeds();
        Map<String, String> before = MicroSite.hashTree(site.output());
        site.tip("a", "title: Hai", "y\n");

        MicroSite.Run run = withFault("swap:no-space", site);

        saysItIsTheMachinesProblem(run);
        assertThat(MicroSite.hashTree(site.output())).isEqualTo(before);
        assertThat(entries(dir)).containsExactly("content", "output");
    }

    @Test
    void aFailureAfterTheOldOutputMovedAsidePutsItBackAtOnce() throws IOException {
        MicroSite site = MicroSite.in(dir).tip("a", "title: Một", "x\n");
        site.build().succeeds();
        Map<String, String> before = MicroSite.hashTree(site.output());
        site.tip("a", "title: Hai", "y\n");

        MicroSite.Run run = withFault("move-in:not-allowed", site);

        saysItIsTheMachinesProblem(run);
        assertThat(MicroSite.hashTree(site.output())).isEqualTo(before);
        assertThat(entries(dir)).containsExactly("content", "output");
    }
}

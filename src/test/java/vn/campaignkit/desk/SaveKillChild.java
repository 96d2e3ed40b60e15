package vn.campaignkit.desk;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link SaveKilledMidwayTest}: a desk on the given site whose saves of {@code meo.md} stop
 * half-way through writing, announce it in the marker file, and wait to be killed.
 */
public final class SaveKillChild {
    private SaveKillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        AtomicWrite.midWrite = target -> {
            if (target.getFileName().toString().equals("meo.md")) {
                try {
                    Files.writeString(marker, "half written");
                    Thread.sleep(Long.MAX_VALUE);
                } catch (Exception e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        RunningDesk desk = RunningDesk.on(site);
        System.out.println("PORT=" + desk.port());
        System.out.println("TOKEN=" + desk.token());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

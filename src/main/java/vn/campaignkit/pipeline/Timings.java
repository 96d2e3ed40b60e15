package vn.campaignkit.pipeline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall time per build phase, printed to stderr when {@code CAMPAIGNKIT_TIMINGS=1}: what the speed work is
 * driven by, next to the JFR profiles (bench/README.md).
 */
public final class Timings {
    private static final boolean ON = "1".equals(System.getenv("CAMPAIGNKIT_TIMINGS"));
    private static final long ORIGIN = System.nanoTime();
    private static final List<String> LINES = new ArrayList<>();
    private static long last = ORIGIN;

    private Timings() {
    }

    /** Marks the end of a phase. */
    public static synchronized void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        LINES.add(String.format("%-28s %6d ms  (at %6d ms)", phase, (now - last) / 1_000_000, (now - ORIGIN) / 1_000_000));
        last = now;
    }

    /** Prints the phases marked so far, with the JVM's uptime before main for context. */
    public static synchronized void print(PrintStream err) {
        if (!ON) {
            return;
        }
        long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        err.println("timings (JVM up " + jvm + " ms; options " + java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments() + "):");
        LINES.forEach(l -> err.println("  " + l));
    }
}

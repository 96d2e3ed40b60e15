package vn.campaignkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a long build shows its progress on stderr.
 *
 * @param showAfter nothing is shown for a build shorter than this
 * @param tick      how often the line is refreshed between the build's own updates (zero: only on updates)
 */
record ProgressSettings(Mode mode, Duration showAfter, Duration tick) {
    static final Duration SHOW_AFTER = Duration.ofSeconds(2);
    /** Seconds before progress shows, instead of {@link #SHOW_AFTER}: {@code 0} shows it from the start. */
    static final String AFTER_SWITCH = "CAMPAIGNKIT_PROGRESS_AFTER";

    enum Mode {
        /** A terminal: one line redrawn in place. */
        LIVE_LINE,
        /** A log file, a pipe or CI: plain lines. */
        LOG_LINES,
        /** {@code --quiet}: nothing. */
        OFF
    }

    /** What this process's stderr is: a terminal gets the live line, anything else plain lines. */
    static ProgressSettings detect() {
        boolean terminal = stderrIsTerminal();
        return new ProgressSettings(terminal ? Mode.LIVE_LINE : Mode.LOG_LINES, showAfter(System.getenv(AFTER_SWITCH)),
                Duration.ofMillis(terminal ? 250 : 1000));
    }

    /** {@code CAMPAIGNKIT_PROGRESS_AFTER} as whole seconds; anything else (unset, "abc", "-1") keeps the default. */
    static Duration showAfter(String seconds) {
        if (seconds != null && seconds.strip().matches("[0-9]{1,6}")) {
            return Duration.ofSeconds(Long.parseLong(seconds.strip()));
        }
        return SHOW_AFTER;
    }

    /** No progress at all. */
    static ProgressSettings none() {
        return new ProgressSettings(Mode.OFF, SHOW_AFTER, Duration.ZERO);
    }

    ProgressSettings quiet(boolean quiet) {
        return quiet ? new ProgressSettings(Mode.OFF, showAfter, tick) : this;
    }

    /**
     * On Linux the name of file descriptor 2 says exactly what stderr is ({@code /dev/pts/3} is a terminal, a
     * file or {@code pipe:[…]} is not), also when stdout is redirected and in the relaunched build JVM, which
     * inherits the same descriptors. Elsewhere the JDK's answer for the process: a console is attached.
     */
    private static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }
}

package vn.campaignkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import vn.campaignkit.publish.StagingFolder;

/**
 * Tells, from the command line and the size of the site's school list alone (before anything is read), whether a
 * build will draw images for thousands of schools: minutes of tight loops (palette reduction, rasterising,
 * compression), where the optimising compiler pays for itself. Measured on 2 cores (docs/scaling.md): at 610
 * schools C2's compilations cost more CPU than they save; at 6,100 they save more than they cost (a cold build:
 * 216 instead of 250 CPU s), but not when the previous output is reused (a renamed school: 12.4 instead of 9.6).
 */
final class LargeBuild {
    /** About 1,800 schools as CSV (55 bytes a school), 5,000 or more as a workbook. */
    static final long SCHOOL_LIST_BYTES = 100_000;
    private static final List<String> SCHOOL_LISTS = List.of("schools.csv", "schools.xlsx", "schools.yaml");

    private LargeBuild() {
    }

    /**
     * A full {@code build} of the whole site (not {@code --pages-only}, not one school's edition) with a big school
     * list, into an output folder without a previous build (whose files would mostly be reused: little to draw).
     */
    static boolean is(String[] args) {
        String command = null;
        Path source = Path.of(".");
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (command == null && !arg.startsWith("-")) {
                command = arg;
            } else if (arg.equals("--pages-only") || arg.equals("--school") || arg.startsWith("--school=")) {
                return false;
            } else if (arg.equals("--source") && i + 1 < args.length) {
                source = path(args[++i]);
            } else if (arg.startsWith("--source=")) {
                source = path(arg.substring("--source=".length()));
            } else if (arg.equals("--output") && i + 1 < args.length) {
                output = path(args[++i]);
            } else if (arg.startsWith("--output=")) {
                output = path(arg.substring("--output=".length()));
            }
        }
        if (!"build".equals(command) || source == null || schoolListBytes(source) < SCHOOL_LIST_BYTES) {
            return false;
        }
        Path folder = output != null ? output : source.resolve("output");
        return !Files.exists(folder.resolve(StagingFolder.MANIFEST));
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static long schoolListBytes(Path source) {
        long bytes = 0;
        for (String name : SCHOOL_LISTS) {
            try {
                Path file = source.resolve("data").resolve(name);
                if (Files.isRegularFile(file)) {
                    bytes += Files.size(file);
                }
            } catch (IOException | InvalidPathException e) {
                // the build itself reports what is wrong with the file
            }
        }
        return bytes;
    }
}

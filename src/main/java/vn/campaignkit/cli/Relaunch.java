package vn.campaignkit.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs {@code build} and {@code check} in a JVM tuned for a short batch job when the user gave the JVM no
 * options of their own ({@code java -jar campaign-kit.jar build}): C1 only (a build is over before C2's
 * compilations pay off; not for a {@link LargeBuild}, minutes of drawing for thousands of schools, where they do), the serial collector (the default G1 sizes itself to the machine and takes over
 * 1 GB for 10,000 pages) and the class-data archive made at package time next to the jar. Measured in
 * bench/RESULTS.md: at 10,000 pages this halves the CPU time and cuts peak memory from about 1.1 GB to
 * about 300 MB. The tuned JVM is a child process sharing stdin, stdout and stderr; its exit code is ours.
 *
 * <p>Not relaunched: other commands ({@code serve} keeps its JIT for a long session), a JVM started with
 * options (the user tuned it), {@code CAMPAIGNKIT_RELAUNCH=0}, and the child itself.
 */
final class Relaunch {
    static final String MARKER = "campaignkit.launched";
    static final String ENV_SWITCH = "CAMPAIGNKIT_RELAUNCH";
    static final List<String> TUNING = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** A {@link LargeBuild}: the serial collector, and C2 on top of C1 (the JVM's default tiered compilation). */
    static final List<String> LARGE_BUILD_TUNING = List.of("-XX:+UseSerialGC");
    private static final Set<String> BATCH_COMMANDS = Set.of("build", "check");

    private Relaunch() {
    }

    /** Runs the command in a tuned child JVM when that applies; empty when this JVM should run it. */
    static OptionalInt runIfWanted(String[] args) {
        if (!wanted(args, System.getenv(), System.getProperty(MARKER) != null,
                ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            return OptionalInt.empty();
        }
        String classPath = System.getProperty("java.class.path", "");
        Optional<String> java = ProcessHandle.current().info().command();
        if (classPath.isEmpty() || java.isEmpty() || !classPathExists(classPath)) {
            return OptionalInt.empty();
        }
        List<String> command = command(java.get(), classPath, archiveBeside(classPath), args);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        Thread stopChild = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return OptionalInt.of(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Main.INTERNAL);
        }
    }

    static boolean wanted(String[] args, Map<String, String> env, boolean isChild, List<String> jvmOptions) {
        if (isChild || "0".equals(env.get(ENV_SWITCH)) || !jvmOptions.isEmpty()) {
            return false;
        }
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return BATCH_COMMANDS.contains(arg);
            }
        }
        return false;
    }

    /** Every class-path entry is there (a path the platform could not decode would make the child fail). */
    static boolean classPathExists(String classPath) {
        try {
            for (String entry : classPath.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
                if (!entry.isEmpty() && !Files.exists(Path.of(entry))) {
                    return false;
                }
            }
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The class-data archive made at package time: {@code campaign-kit.jsa} beside {@code campaign-kit.jar}. */
    static Optional<Path> archiveBeside(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        String name = jar.getFileName().toString();
        Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
        try {
            // an archive older than the jar was made for an earlier jar: the JVM would refuse it with a warning
            boolean fresh = Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
            return fresh ? Optional.of(archive) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static List<String> command(String java, String classPath, Optional<Path> archive, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(LargeBuild.is(args) ? LARGE_BUILD_TUNING : TUNING);
        archive.ifPresent(a -> {
            command.add("-XX:SharedArchiveFile=" + a);
            // an archive made by another JDK build is skipped quietly, as without it
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        });
        command.add("-D" + MARKER + "=1");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}

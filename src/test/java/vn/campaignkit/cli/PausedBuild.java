package vn.campaignkit.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.campaignkit.publish.FaultPoints;

/**
 * {@code build} in a JVM of its own, held at a named point of writing the output (see {@link FaultPoints}) so that
 * a test can kill it exactly there, however fast or slow the machine is.
 */
final class PausedBuild implements AutoCloseable {
    private final Process process;

    private PausedBuild(Process process) {
        this.process = process;
    }

    /** Starts the build and returns once it waits at {@code point}. */
    static PausedBuild at(String point, Path source, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + FaultPoints.PROPERTY + "=" + point + ":pause", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--source", source.toString(), "--now", "2025-10-20", "--pages-only"));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        StringBuilder said = new StringBuilder();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            if (line.equals(FaultPoints.PAUSED + point)) {
                return new PausedBuild(process);
            }
            said.append(line).append('\n');
        }
        process.destroyForcibly();
        return fail("the build ended without reaching %s; it said:%n%s", point, said);
    }

    /** {@code kill -9}: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A plain {@code kill} (SIGTERM), which is what Ctrl+C amounts to: the JVM runs its shutdown hooks. */
    int stop() throws InterruptedException {
        process.destroy();
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}

package vn.campaignkit.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code campaign-kit build|check|…}: exit 0 ok, 1 site problems, 2 usage, 3 internal error. */
@Command(name = "campaign-kit", mixinStandardHelpOptions = true, version = "Campaign Kit 0.1.0",
        description = "Builds a campaign microsite, social images and print files from Markdown and YAML.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, EditCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int SITE_PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;
    /** The output could not be written: a full disk, a folder it may not write, another build at work. */
    public static final int CANNOT_WRITE = 4;

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        OptionalInt relaunched = Relaunch.runIfWanted(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), ProgressSettings::detect));
    }

    /**
     * Runs a command line with the given streams; returns the exit code. Builds show no progress here (streams of
     * the caller's are no terminal we can know of); a caller that wants it follows a {@code BuildProgress} itself.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, ProgressSettings::none);
    }

    /**
     * The same, with the way long builds show progress on {@code err} (a terminal's live line, log lines, none).
     * No arguments (a double-click on the jar) is {@code edit}.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Supplier<ProgressSettings> progress) {
        if (args.length == 0) {
            args = new String[] {"edit"};
        }
        CommandLine cli = new CommandLine(new Main(), new CommandFactory(progress));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExitCodeExceptionMapper(e -> INTERNAL);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + ex.getMessage());
            err.println("(hint: run 'campaign-kit " + (ex.getCommandLine().getCommandName()) + " --help')");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("internal error: " + ex);
            if (System.getenv("CAMPAIGNKIT_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("(this is a bug in Campaign Kit, not in your site; set CAMPAIGNKIT_DEBUG=1 for details)");
            }
            return INTERNAL;
        });
        return cli.execute(args);
    }

    /** Hands {@code build} and {@code check} the progress settings; every other command is made as picocli makes it. */
    private record CommandFactory(Supplier<ProgressSettings> progress) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(progress));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(progress));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}

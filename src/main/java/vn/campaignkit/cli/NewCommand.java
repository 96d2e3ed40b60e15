package vn.campaignkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.scaffold.ContentKind;
import vn.campaignkit.scaffold.NewContent;
import vn.campaignkit.scaffold.StarterSite;

/** {@code new tip "Tiêu đề"}: starts a content file from its archetype, never overwriting one. */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start a new content file with the right front matter, named after the title.",
            "Example: new tip \"Cảnh giác với lời mời việc nhẹ lương cao\"",
            "  writes content/tips/canh-giac-voi-loi-moi-viec-nhe-luong-cao.md",
            "new site DIR writes a whole new site folder that builds as it is."})
public final class NewCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "tip, school, contest, hashtag, page, post, quiz, scenario, frame, printable, or site")
    String kind;

    @Parameters(index = "1", paramLabel = "TITLE", description = "the title, in Vietnamese; quote it (for site: the new folder)")
    String title;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "the site folder (default: ${DEFAULT-VALUE})")
    Path source;

    public NewCommand() {
        this(Clock.systemDefaultZone());
    }

    NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        if (kind.strip().equalsIgnoreCase("site")) {
            return site(Path.of(title));
        }
        ContentKind contentKind = ContentKind.fromWord(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown kind '" + kind + "': use one of " + ContentKind.words() + "|site"));
        NewContent.Outcome outcome = new NewContent(source, clock).create(contentKind, title);
        if (outcome instanceof NewContent.Outcome.Created created) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("created " + created.path());
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Problem problem : ((NewContent.Outcome.Refused) outcome).problems()) {
            err.println(problem.format());
        }
        err.flush();
        return 1;
    }

    /** {@code new site DIR}: the starter site carried by the jar. */
    private int site(Path folder) throws IOException {
        StarterSite.Outcome outcome = StarterSite.write(folder.toAbsolutePath().normalize());
        if (outcome instanceof StarterSite.Outcome.Written written) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("created a new site in " + folder + " (" + written.files().size() + " files); preview it with: edit --source "
                    + folder);
            out.flush();
            return Main.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + ((StarterSite.Outcome.Refused) outcome).reason() + " (hint: choose a new or empty folder)");
        err.flush();
        return Main.SITE_PROBLEMS;
    }
}

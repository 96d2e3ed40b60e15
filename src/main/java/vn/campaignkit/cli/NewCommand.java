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
import java.util.List;
import java.util.Optional;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.scaffold.ContentKind;
import vn.campaignkit.scaffold.NewContent;
import vn.campaignkit.scaffold.NewTranslation;
import vn.campaignkit.scaffold.StarterSite;

/** {@code new tip "Tiêu đề"}: starts a content file from its archetype, never overwriting one. */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start a new content file with the right front matter, named after the title.",
            "Example: new tip \"Cảnh giác với lời mời việc nhẹ lương cao\"",
            "  writes content/tips/canh-giac-voi-loi-moi-viec-nhe-luong-cao.md",
            "new site DIR writes a whole new site folder that builds as it is.",
            "Translations: new tip --lang en --from canh-giac-voi-loi-moi \"Beware of easy jobs abroad\"",
            "  writes content/tips/canh-giac-voi-loi-moi.en.md from the original (the title may be left out);",
            "  new tip --lang en \"Title\" without --from starts a page that exists in that language only."})
public final class NewCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "tip, school, contest, hashtag, page, post, quiz, scenario, frame, printable, or site")
    String kind;

    @Parameters(index = "1", paramLabel = "TITLE", arity = "0..1",
            description = "the title, in Vietnamese; quote it (for site: the new folder; optional with --from)")
    String title;

    @Option(names = "--lang", paramLabel = "CODE", description = "write the page in another language of site.yaml (e.g. en)")
    String language;

    @Option(names = "--from", paramLabel = "ORIGINAL",
            description = "with --lang: the page to translate (content/tips/x.md, x.md or x); the translation is named after it")
    String original;

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
            if (title == null) {
                throw new ParameterException(spec.commandLine(), "Missing required parameter: 'DIR'");
            }
            return site(Path.of(title));
        }
        ContentKind contentKind = ContentKind.fromWord(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown kind '" + kind + "': use one of " + ContentKind.words() + "|site"));
        if (original != null && language == null) {
            throw new ParameterException(spec.commandLine(), "--from needs --lang: the language to translate into (e.g. --lang en)");
        }
        if (title == null && original == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'TITLE'");
        }
        NewContent.Outcome outcome = language == null ? new NewContent(source, clock).create(contentKind, title)
                : inLanguage(contentKind);
        if (outcome instanceof NewContent.Outcome.Created created) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("created " + created.path());
            if (language != null && original == null) {
                out.println("note: this page has no original in the site's first language; to translate a page, use --from ORIGINAL");
            }
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

    /** {@code --lang}: a translation of {@code --from}, or a page of that language alone. */
    private NewContent.Outcome inLanguage(ContentKind contentKind) throws IOException {
        if (original != null) {
            return NewContent.write(new NewTranslation(source).plan(contentKind, original, language.strip(), Optional.ofNullable(title)));
        }
        Problems problems = new Problems();
        List<String> others = NewTranslation.otherLanguages(source, problems);
        if (!problems.isEmpty()) {
            return new NewContent.Outcome.Refused(problems.sorted());
        }
        Optional<NewContent.Outcome> unknown = NewTranslation.unknownLanguage(others, language.strip());
        return unknown.isPresent() ? unknown.get() : new NewContent(source, clock).create(contentKind, title, language.strip());
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

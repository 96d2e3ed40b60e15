package vn.campaignkit.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.pipeline.BuildProgress;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.problem.SiteProblemsException;
import vn.campaignkit.publish.DiscardingSink;

/** {@code check}: everything {@code build} validates, writing nothing; derived files are laid out, not drawn. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate the site without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Option(names = "--quiet", description = "show no progress while checking (problems and the summary are still printed)")
    boolean quiet;

    private final Supplier<ProgressSettings> progressSettings;

    CheckCommand(Supplier<ProgressSettings> progressSettings) {
        this.progressSettings = progressSettings;
    }

    @Override
    public Integer call() {
        BuildOptions options = site.toOptions(Optional.empty());
        BuildProgress progress = new BuildProgress();
        ProgressDisplay display = ProgressDisplay.start(progress, progressSettings.get().quiet(quiet), spec.commandLine().getErr());
        try {
            Pipeline.Result result = Pipeline.standard(options).reporting(progress).check(options, new DiscardingSink());
            progress.finish();
            display.close();
            spec.commandLine().getOut().printf("No problems: %d pages checked.%n", result.pages());
            return Main.OK;
        } catch (SiteProblemsException e) {
            progress.finish();
            display.close();
            ProblemPrinter.print(e.problems(), spec.commandLine().getErr());
            return Main.SITE_PROBLEMS;
        } finally {
            display.close();
        }
    }
}

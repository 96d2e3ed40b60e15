package vn.campaignkit.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.campaignkit.config.BuildOptions;
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

    @Override
    public Integer call() {
        BuildOptions options = site.toOptions(Optional.empty());
        try {
            Pipeline.Result result = Pipeline.standard(options).check(options, new DiscardingSink());
            spec.commandLine().getOut().printf("No problems: %d pages checked.%n", result.pages());
            return Main.OK;
        } catch (SiteProblemsException e) {
            ProblemPrinter.print(e.problems(), spec.commandLine().getErr());
            return Main.SITE_PROBLEMS;
        }
    }
}

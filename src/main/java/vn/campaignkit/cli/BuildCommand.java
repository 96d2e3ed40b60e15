package vn.campaignkit.cli;

import java.nio.file.Path;
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
import vn.campaignkit.pipeline.InputFingerprint;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.pipeline.SourceScan;
import vn.campaignkit.pipeline.Timings;
import vn.campaignkit.problem.SiteProblemsException;
import vn.campaignkit.publish.ManifestReader;
import vn.campaignkit.publish.StagingFolder;

/** {@code build}: the whole site into the output folder, swapped in only when everything succeeded. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", description = "where to write the site (default: SOURCE/output)")
    Path output;

    @Option(names = "--force", description = "build everything again even when nothing changed since the last build")
    boolean force;

    @Option(names = "--quiet", description = "show no progress while building (problems and the summary are still printed)")
    boolean quiet;

    private final Supplier<ProgressSettings> progressSettings;

    BuildCommand(Supplier<ProgressSettings> progressSettings) {
        this.progressSettings = progressSettings;
    }

    @Override
    public Integer call() {
        BuildOptions options = site.toOptions(Optional.ofNullable(output));
        var err = spec.commandLine().getErr();
        if (options.source().startsWith(options.output())) {
            err.println("error: the output folder " + options.output() + " contains the site folder (hint: choose another --output)");
            return Main.USAGE;
        }
        if (!ManifestReader.isReplaceable(options.output())) {
            err.println("error: " + options.output() + " is not empty and was not made by Campaign Kit; it will not be replaced"
                    + " (hint: choose an empty or new --output folder)");
            return Main.USAGE;
        }
        long start = System.nanoTime();
        Timings.mark("command start");
        BuildProgress progress = new BuildProgress();
        ProgressDisplay display = ProgressDisplay.start(progress, progressSettings.get().quiet(quiet), err);
        ManifestReader previous = new ManifestReader(options.output());
        SourceScan scan = SourceScan.of(options.source());
        Optional<String> input = InputFingerprint.of(options, scan);
        if (!force && input.isPresent() && previous.upToDate(input.get())) {
            display.close();
            spec.commandLine().getOut().printf("Up to date: nothing changed since the last build of %s (%d ms)%n",
                    options.output(), (System.nanoTime() - start) / 1_000_000);
            return Main.OK;
        }
        Timings.mark("input fingerprint");
        StagingFolder staging = new StagingFolder(options.output(), Optional.of(previous));
        try {
            Pipeline.Result result = Pipeline.standard(options).reporting(progress).run(options, scan, staging, previous);
            progress.start(BuildProgress.Step.WRITING, 0);
            staging.writeManifest(result.derived().fingerprints(), input.orElse(""));
            staging.swapIn();
            Timings.mark("manifest + swap");
            progress.finish();
            display.close();
            long ms = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().printf("Built %d pages, %d derived files (%d reused) into %s in %d ms"
                            + " (%d files unchanged since the last build)%n", result.pages(),
                    result.derived().rendered() + result.derived().reused(), result.derived().reused(), options.output(), ms,
                    staging.unchangedFiles());
            return Main.OK;
        } catch (SiteProblemsException e) {
            progress.finish();
            display.close();
            ProblemPrinter.print(e.problems(), err);
            return Main.SITE_PROBLEMS;
        } finally {
            display.close();
            staging.discard();
            Timings.mark("discard");
            Timings.print(System.err);
        }
    }
}

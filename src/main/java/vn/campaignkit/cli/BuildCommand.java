package vn.campaignkit.cli;

import java.io.PrintWriter;
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
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.edition.NoSuchSchoolException;
import vn.campaignkit.edition.SchoolEdition;
import vn.campaignkit.pipeline.BuildProgress;
import vn.campaignkit.pipeline.InputFingerprint;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.pipeline.SiteEdition;
import vn.campaignkit.pipeline.SourceScan;
import vn.campaignkit.pipeline.Timings;
import vn.campaignkit.problem.SiteProblemsException;
import vn.campaignkit.publish.CannotWriteOutputException;
import vn.campaignkit.publish.LeftoverFolders;
import vn.campaignkit.publish.ManifestReader;
import vn.campaignkit.publish.Publication;
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

    @Option(names = "--school", paramLabel = "PAGE", description = {"build one school's own edition of the site, to host on the school's"
            + " website: its page path (schools/ha-noi/truong-thcs-le-loi/) or slug; output: SOURCE/output-SLUG unless --output"})
    String school;

    @Option(names = "--quiet", description = "show no progress while building (problems and the summary are still printed)")
    boolean quiet;

    private final Supplier<ProgressSettings> progressSettings;

    BuildCommand(Supplier<ProgressSettings> progressSettings) {
        this.progressSettings = progressSettings;
    }

    @Override
    public Integer call() {
        Optional<Path> out = Optional.ofNullable(output)
                .or(() -> Optional.ofNullable(school).map(s -> site.source.resolve(SchoolEdition.defaultFolderName(s))));
        BuildOptions options = site.toOptions(out);
        SiteEdition edition = school == null ? SiteEdition.WHOLE_SITE : new SchoolEdition(school);
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> refusal = OutputFolderChoice.refusal(options.source(), options.output());
        if (refusal.isPresent()) {
            err.println("error: " + refusal.get());
            return Main.USAGE;
        }
        long start = System.nanoTime();
        Timings.mark("command start");
        long previousBytes = 0;
        BuildProgress progress = new BuildProgress();
        ProgressDisplay display = null;
        try (Publication publication = Publication.open(options.output())) {
            tell(publication.leftovers(), options.output(), err);
            if (!ManifestReader.isReplaceable(options.output())) {
                err.println("error: " + options.output() + " is not empty and was not made by Campaign Kit; it will not be replaced"
                        + " (hint: choose an empty or new --output folder)");
                return Main.USAGE;
            }
            display = ProgressDisplay.start(progress, progressSettings.get().quiet(quiet), err);
            ManifestReader previous = new ManifestReader(options.output());
            previousBytes = previous.totalBytes();
            SourceScan scan = SourceScan.of(options.source());
            Optional<String> input = InputFingerprint.of(options, scan).map(f -> school == null ? f : Fingerprints.of(f, "school", school));
            if (!force && input.isPresent() && previous.upToDate(input.get())) {
                display.close();
                spec.commandLine().getOut().printf("Up to date: nothing changed since the last build of %s (%d ms)%n",
                        options.output(), (System.nanoTime() - start) / 1_000_000);
                return Main.OK;
            }
            Timings.mark("input fingerprint");
            StagingFolder staging = publication.stage(previous);
            try {
                Pipeline.Result result = Pipeline.standard(options).reporting(progress).publishing(edition)
                        .run(options, scan, staging, previous);
                progress.start(BuildProgress.Step.WRITING, 0);
                staging.writeManifest(result.fingerprints(), input.orElse(""));
                Timings.mark("manifest");
                staging.swapIn();
                Timings.mark("swap");
                progress.finish();
                display.close();
                staging.leftBehind().ifPresent(old -> err.println("warning: could not delete the previous output, kept at " + old
                        + " (hint: the next build tries again; or delete it by hand)"));
                long ms = (System.nanoTime() - start) / 1_000_000;
                spec.commandLine().getOut().printf("Built %d pages, %d derived files (%d reused) into %s in %d ms"
                                + " (%d files unchanged since the last build, %d pages not rendered again)%s%n", result.pages(),
                        result.derived().rendered() + result.derived().reused(), result.derived().reused(), options.output(), ms,
                        staging.unchangedFiles(), result.reusedPages(), school == null ? "" : "; the edition of " + result.site().schools().get(0).title());
                return Main.OK;
            } catch (SiteProblemsException e) {
                progress.finish();
                display.close();
                ProblemPrinter.print(e.problems(), err);
                return Main.SITE_PROBLEMS;
            } catch (NoSuchSchoolException e) {
                display.close();
                err.println("error: " + e.getMessage() + " (hint: " + e.hint() + ")");
                return Main.USAGE;
            }
        } catch (CannotWriteOutputException e) {
            if (display != null) {
                display.close();
            }
            err.println(CannotWriteMessage.of(e, options.output(), previousBytes));
            return Main.CANNOT_WRITE;
        } finally {
            if (display != null) {
                display.close();
            }
            Timings.mark("discard");
            Timings.print(System.err);
        }
    }

    /** Says what earlier, stopped builds had left beside the output and what this build did about it. */
    private static void tell(LeftoverFolders.Report leftovers, Path output, PrintWriter err) {
        leftovers.restoredFrom().ifPresent(old -> err.println("note: a build was stopped while it replaced " + output
                + "; the complete earlier output was put back from " + old.getFileName()));
        if (!leftovers.removed().isEmpty()) {
            err.println("note: removed what " + (leftovers.removed().size() == 1 ? "a build that was stopped" : "builds that were stopped")
                    + " had left beside " + output + " (" + CannotWriteMessage.size(leftovers.bytesRemoved()) + "): "
                    + String.join(", ", leftovers.removed().stream().map(p -> p.getFileName().toString()).toList()));
        }
        leftovers.notRemoved().forEach(p -> err.println("warning: could not delete " + p + ", left by a build that was stopped"
                + " (hint: delete it by hand)"));
    }
}

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.DeriveRunner;
import vn.campaignkit.derive.PreviousOutput;
import vn.campaignkit.derive.print.PrintPlanner;
import vn.campaignkit.model.ModelBuilder;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.publish.DiscardingSink;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.SiteConfigReader;
import vn.campaignkit.source.SourceTree;
import vn.campaignkit.source.SourceScanner;

/**
 * Times only the print work (every printable, every per-school kit and zip) of a site, cold and after
 * one school changed, with the build's own planner and runner; pages and other derived files are
 * left out. Run: java -cp target/campaign-kit.jar bench/print/PrintKitBench.java SITE_FOLDER
 */
public class PrintKitBench {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int threads = Runtime.getRuntime().availableProcessors();
        Map<String, String> cold = run(site, Map.of(), threads, "cold: all print files");
        Path csv = site.resolve("data/schools.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(csv));
        rows.set(1, rows.get(1).replaceFirst("^Trường ", "Trường Đổi Tên "));
        Files.write(csv, rows);
        run(site, cold, threads, "one school changed");
    }

    private static Map<String, String> run(Path root, Map<String, String> before, int threads, String label) {
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        Problems problems = new Problems();
        BuildOptions options = new BuildOptions(root, root.resolve("output"), Optional.of("https://khongmotminh.example.org/"),
                LocalDate.of(2025, 10, 20), false, false, threads);
        SourceTree tree = new SourceScanner().scan(root, problems);
        SiteConfig config = new SiteConfigReader().read(tree.siteYaml(), options.baseUrl(), problems);
        Site site = new ModelBuilder().build(tree, config, options, problems);
        long t1 = System.nanoTime();
        List<DeriveJob> jobs = new PrintPlanner().plan(site, AssetCatalog.of(tree), problems, new ArrayList<>());
        long t2 = System.nanoTime();
        PreviousOutput previous = (path, fp) -> fp.equals(before.get(path)) ? Optional.of(root) : Optional.empty();
        DeriveRunner.Report report = new DeriveRunner().run(jobs, new DiscardingSink(), previous, problems, threads);
        long t3 = System.nanoTime();
        if (!problems.isEmpty()) {
            problems.sorted().forEach(System.out::println);
        }
        System.out.printf("%s: %d schools, %d print files (%d rendered, %d reused); model %d ms, planning %d ms, "
                        + "rendering %d ms wall; CPU of the whole step %d ms on %d threads%n", label, site.schools().size(),
                jobs.size(), report.rendered(), report.reused(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (cpu() - cpu0) / 1_000_000, threads);
        return new HashMap<>(report.fingerprints());
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

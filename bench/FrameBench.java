import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.DerivePlanner;
import vn.campaignkit.derive.frames.FramePlanner;
import vn.campaignkit.derive.social.OpenGraphPlanner;
import vn.campaignkit.derive.social.WallpaperPlanner;
import vn.campaignkit.model.ModelBuilder;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.SiteConfigReader;
import vn.campaignkit.source.SourceScanner;
import vn.campaignkit.source.SourceTree;

/**
 * Render time of every frame, Open Graph and wallpaper job of a site, one thread, after a warm-up round.
 * Run with bench/frames.sh [SITE_DIR] [ROUNDS].
 */
public class FrameBench {
    public static void main(String[] args) {
        Path source = Path.of(args.length > 0 ? args[0] : ".");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Problems problems = new Problems();
        BuildOptions options = BuildOptions.defaults(source, LocalDate.of(2025, 10, 20));
        SourceTree tree = new SourceScanner().scan(source, problems);
        SiteConfig config = new SiteConfigReader().read(tree.siteYaml(), options.baseUrl(), problems);
        Site site = new ModelBuilder().build(tree, config, options, problems);
        AssetCatalog assets = AssetCatalog.of(tree);
        List<DerivePlanner> planners = List.of(new FramePlanner(), new WallpaperPlanner(), new OpenGraphPlanner(options.today()));
        for (DerivePlanner planner : planners) {
            long planStart = System.nanoTime();
            List<DeriveJob> jobs = planner.plan(site, assets, problems);
            System.out.printf(Locale.ROOT, "%s: %d jobs planned in %.0f ms%n", planner.getClass().getSimpleName(), jobs.size(),
                    (System.nanoTime() - planStart) / 1e6);
            for (DeriveJob job : jobs) {
                job.render(problems);
            }
            long total = 0;
            for (DeriveJob job : jobs) {
                long best = Long.MAX_VALUE;
                int bytes = 0;
                for (int r = 0; r < rounds; r++) {
                    long t = System.nanoTime();
                    bytes = job.render(problems).length;
                    best = Math.min(best, System.nanoTime() - t);
                }
                total += best;
                if (!job.outputPath().contains("/schools/") && !job.outputPath().endsWith("og.png")) {
                    System.out.printf(Locale.ROOT, "  %-58s %7.1f ms %8d bytes%n", job.outputPath(), best / 1e6, bytes);
                }
            }
            System.out.printf(Locale.ROOT, "  total (best of %d, one thread): %.0f ms, %.1f ms per job%n", rounds, total / 1e6,
                    jobs.isEmpty() ? 0 : total / 1e6 / jobs.size());
        }
        problems.sorted().forEach(p -> System.out.println(p.format()));
    }
}

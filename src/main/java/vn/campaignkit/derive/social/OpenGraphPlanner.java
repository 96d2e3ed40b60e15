package vn.campaignkit.derive.social;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.DerivePlanner;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.GlyphCoverage;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.PagePlanner;
import vn.campaignkit.render.ViewFactory;
import vn.campaignkit.source.AssetCatalog;

/**
 * One 1200×630 Open Graph image per HTML page, saved as {@code og.png} in the page's folder (the base
 * template points {@code og:image} at it).
 */
public final class OpenGraphPlanner implements DerivePlanner {
    /** The file name of every page's card; templates use the same name. */
    public static final String FILE = "og.png";
    static final String VERSION = "og-2";
    private final LocalDate today;

    public OpenGraphPlanner(LocalDate today) {
        this.today = today;
    }

    @Override
    public List<DeriveJob> plan(Site site, AssetCatalog assets, Problems problems) {
        Optional<SocialBrand> prepared = SocialBrand.prepare(site, assets, problems, VERSION);
        if (prepared.isEmpty()) {
            return List.of();
        }
        GlyphCoverage coverage = prepared.get().coverage();
        Brand brand = prepared.get().brand();
        OpenGraphCard card = new OpenGraphCard(prepared.get().faces());
        String base = prepared.get().baseFingerprint();
        List<DeriveJob> jobs = new ArrayList<>();
        for (PageJob page : PagePlanner.plan(site, new ViewFactory(site, today))) {
            if (!page.fileName().equals("index.html")) {
                continue;
            }
            DrawnText title = new DrawnText(page.title(), page.source(), Math.max(page.line(), 1), 1, "title");
            if (coverage.check(title, problems)) {
                jobs.add(new SocialImageJob(page.folder() + FILE, Fingerprints.of(base, title.text()),
                        () -> card.png(brand, title), Optional.empty()));
            }
        }
        return jobs;
    }
}

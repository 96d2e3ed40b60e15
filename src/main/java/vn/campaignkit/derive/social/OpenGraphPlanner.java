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
import vn.campaignkit.derive.image.TypeFaces;
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
    static final String VERSION = "og-1";
    private final LocalDate today;

    public OpenGraphPlanner(LocalDate today) {
        this.today = today;
    }

    @Override
    public List<DeriveJob> plan(Site site, AssetCatalog assets, Problems problems) {
        TypeFaces faces = TypeFaces.from(assets);
        GlyphCoverage coverage = new GlyphCoverage(faces);
        Brand brand = BrandBuilder.build(site.config(), assets, problems);
        if (brand.texts().stream().filter(t -> !coverage.check(t, problems)).count() > 0) {
            return List.of();
        }
        OpenGraphCard card = new OpenGraphCard(faces);
        String base = Fingerprints.of(VERSION, faces.digest(), BrandBuilder.digest(brand, assets));
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

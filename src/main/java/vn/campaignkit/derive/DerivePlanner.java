package vn.campaignkit.derive;

import java.util.List;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.AssetCatalog;

/** Plans one family of derived files (calendars, frames, print…) from the typed site. Planning is cheap. */
public interface DerivePlanner {
    List<DeriveJob> plan(Site site, AssetCatalog assets, Problems problems);

    /** Plans knowing the jobs of the planners before this one (read only: a planner never changes them). */
    default List<DeriveJob> plan(Site site, AssetCatalog assets, Problems problems, List<DeriveJob> earlier) {
        return plan(site, assets, problems);
    }

    /**
     * Whether {@code build --pages-only} keeps this planner's files (the calendars the pages link to). The
     * others are not even planned then: images, PDFs and zips, and their problems, belong to full builds.
     */
    default boolean partOfPagesOnly() {
        return false;
    }
}

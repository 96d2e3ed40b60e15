package vn.campaignkit.pipeline;

import java.util.List;
import vn.campaignkit.model.Site;
import vn.campaignkit.render.SiteView;

/**
 * Which part of the site a build publishes. The whole site is one edition; {@code build --school} makes another
 * (see {@code vn.campaignkit.edition}). The pipeline asks its edition at four points: after the model (the site to
 * publish), for the downloads page, for what templates see as {@code site.edition}, and whether sitemap.xml and
 * robots.txt belong to the output.
 */
public interface SiteEdition {
    /** Everything in the site folder, published at its base URL. */
    SiteEdition WHOLE_SITE = new SiteEdition() {
        @Override
        public Site select(Site whole) {
            return whole;
        }

        @Override
        public SiteView.Edition view(Site whole, Site selected) {
            return SiteView.Edition.WHOLE_SITE;
        }

        @Override
        public List<SiteView.Download> downloads(List<SiteView.Download> all) {
            return all;
        }

        @Override
        public boolean publishedAtBaseUrl() {
            return true;
        }
    };

    /** The site to publish, from the whole site read from the folder. */
    Site select(Site whole);

    /** What templates see as {@code site.edition}. */
    SiteView.Edition view(Site whole, Site selected);

    /** The files the downloads page offers, in order. */
    List<SiteView.Download> downloads(List<SiteView.Download> all);

    /** Whether the output is the site at its base URL (then it gets sitemap.xml and robots.txt naming those pages). */
    boolean publishedAtBaseUrl();
}

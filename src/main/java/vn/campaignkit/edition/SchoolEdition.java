package vn.campaignkit.edition;

import java.util.ArrayList;
import java.util.List;
import vn.campaignkit.model.Province;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.pipeline.SiteEdition;
import vn.campaignkit.render.SiteView;

/**
 * A small, self-contained edition of the campaign site for one school's own web space: every page of the
 * campaign (tips, hashtags, contests, quizzes, role-plays, pledge wall, news, frames, printables) and of the
 * schools only this one. Its frame and kit come first on the downloads page; the school directory and the
 * province page list this school and point to the whole campaign's directory when the base URL names it. The
 * edition lives elsewhere than the base URL, so it has no sitemap.xml or robots.txt; its canonical links and
 * QR codes still point to the campaign site, where every page of the edition also exists.
 */
public final class SchoolEdition implements SiteEdition {
    /** The section of the downloads page that comes first in an edition: the school's own files. */
    public static final String FEATURED = "featured";
    private static final String SCHOOL_SECTION = "school:";

    private final String selector;

    /** @param selector the school's page path ({@code schools/ha-noi/truong-thcs-le-loi/}), province and slug, or slug */
    public SchoolEdition(String selector) {
        this.selector = selector;
    }

    /** The site with this school as its only school. */
    @Override
    public Site select(Site whole) {
        School school = SchoolSelector.find(selector, whole.schools());
        Province province = new Province(school.province(), school.provinceSlug(), List.of(school));
        return new Site(whole.config(), whole.home(), whole.tips(), whole.hashtags(), whole.contests(), List.of(school),
                List.of(province), whole.posts(), whole.pages(), whole.frames(), whole.contentAssets(), whole.printables(),
                whole.quizzes(), whole.scenarios(), whole.language());
    }

    @Override
    public SiteView.Edition view(Site whole, Site selected) {
        School school = selected.schools().get(0);
        String campaign = whole.config().baseUrl().orElse("");
        return new SiteView.Edition(school.title(), school.route().sitePath(), school.province(), campaign,
                campaign.isEmpty() ? "" : campaign + "schools/", whole.schools().size(), whole.provinces().size());
    }

    /** The school's frame and kit (listed for its page) are offered again first, in the featured section. */
    @Override
    public List<SiteView.Download> downloads(List<SiteView.Download> all) {
        List<SiteView.Download> ordered = new ArrayList<>();
        for (SiteView.Download d : all) {
            if (d.section().startsWith(SCHOOL_SECTION)) {
                ordered.add(new SiteView.Download(FEATURED, d.title(), d.path(), d.preview(), d.size(), d.note()));
            }
        }
        ordered.addAll(all);
        return List.copyOf(ordered);
    }

    @Override
    public boolean publishedAtBaseUrl() {
        return false;
    }

    /** The folder an edition is written to when no --output is given: {@code output-<school slug>} in the site folder. */
    public static String defaultFolderName(String selector) {
        return "output-" + SchoolSelector.lastSegmentSlug(selector);
    }
}

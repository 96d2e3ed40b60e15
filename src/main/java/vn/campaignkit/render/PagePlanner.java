package vn.campaignkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.Language;
import vn.campaignkit.model.Messages;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.Province;
import vn.campaignkit.model.Site;

/** Lists every HTML page of the site: content pages plus the built-in list pages. */
public final class PagePlanner {
    private PagePlanner() {
    }

    /** The pages of one language of the site: its content pages and its built-in pages, under its folder. */
    public static List<PageJob> plan(Site site, ViewFactory views) {
        Language language = site.language();
        Messages m = language.messages();
        String in = language.routePrefix();
        List<PageJob> jobs = new ArrayList<>();
        if (site.home().isEmpty()) {
            jobs.add(new PageJob(in, "index.html", "home", "home", site.config().title(), site.config().tagline(),
                    "(built-in home page)", 0, Optional.empty(), null));
        }
        for (Page p : site.allPages()) {
            jobs.add(PageJob.of(p));
        }
        jobs.add(PageJob.list(in + "tips/", "tips", m.text("pages.tips_title"), m.text("pages.tips_summary"), null));
        jobs.add(PageJob.list(in + "hashtags/", "hashtags", m.text("pages.hashtags_title"), m.text("pages.hashtags_summary"), null));
        jobs.add(PageJob.list(in + "contests/", "contests", m.text("pages.contests_title"), m.text("pages.contests_summary"), null));
        if (language.isDefault() || !site.schools().isEmpty()) {
            jobs.add(PageJob.list(in + "schools/", "schools", m.text("pages.schools_title"), m.text("pages.schools_summary"), null));
        }
        for (Province p : site.provinces()) {
            jobs.add(new PageJob(p.route().sitePath(), "index.html", "province", "province",
                    m.fill("pages.province_title", "province", p.name()),
                    m.fill("pages.province_summary", "count", p.schools().size(), "province", p.name()),
                    "(built-in province page)", 0, Optional.empty(), new Details.ProvinceDetail(views.province(p))));
        }
        PlayPages.plan(site, views, jobs);
        jobs.add(PageJob.list(in + "news/", "news", m.text("pages.news_title"), m.text("pages.news_summary"), null));
        jobs.add(PageJob.list(in + "downloads/", "downloads", m.text("pages.downloads_title"), m.text("pages.downloads_summary"), null));
        if (language.isDefault()) {
            // a server shows the site's one 404 page for every missing address, in any language's folder
            jobs.add(new PageJob("", "404.html", "404", "404", m.text("pages.not_found_title"), "", "(built-in 404 page)", 0,
                    Optional.empty(), null));
        }
        return jobs;
    }
}

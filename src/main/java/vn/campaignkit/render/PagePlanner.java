package vn.campaignkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.Province;
import vn.campaignkit.model.Site;

/** Lists every HTML page of the site: content pages plus the built-in list pages. */
public final class PagePlanner {
    private PagePlanner() {
    }

    public static List<PageJob> plan(Site site, ViewFactory views) {
        List<PageJob> jobs = new ArrayList<>();
        if (site.home().isEmpty()) {
            jobs.add(new PageJob("", "index.html", "home", "home", site.config().title(), site.config().tagline(),
                    "(built-in home page)", 0, Optional.empty(), null));
        }
        for (Page p : site.allPages()) {
            jobs.add(PageJob.of(p));
        }
        jobs.add(PageJob.list("tips/", "tips", "Mẹo an toàn", "Những điều cần biết để nhận ra và tránh bẫy lừa đảo, dụ dỗ trên mạng.", null));
        jobs.add(PageJob.list("hashtags/", "hashtags", "Hashtag chiến dịch", "Các hashtag của chiến dịch và cách dùng.", null));
        jobs.add(PageJob.list("contests/", "contests", "Cuộc thi", "Các cuộc thi trong khuôn khổ chiến dịch.", null));
        jobs.add(PageJob.list("schools/", "schools", "Trường tham gia", "Danh sách trường tham gia theo tỉnh, thành phố.", null));
        for (Province p : site.provinces()) {
            jobs.add(new PageJob(p.route().sitePath(), "index.html", "province", "province", "Trường tham gia tại " + p.name(),
                    p.schools().size() + " trường tại " + p.name(), "(built-in province page)", 0, Optional.empty(),
                    new Details.ProvinceDetail(views.province(p))));
        }
        PlayPages.plan(site, views, jobs);
        jobs.add(PageJob.list("news/", "news", "Tin tức", "Tin tức và thông báo của chiến dịch.", null));
        jobs.add(PageJob.list("downloads/", "downloads", "Tải về", "Khung ảnh đại diện, hình nền, ấn phẩm in và lịch.", null));
        jobs.add(new PageJob("", "404.html", "404", "404", "Không tìm thấy trang", "", "(built-in 404 page)", 0, Optional.empty(), null));
        return jobs;
    }
}

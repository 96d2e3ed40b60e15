package vn.campaignkit.render;

import java.util.Optional;
import vn.campaignkit.model.Page;

/**
 * One HTML file to render: a content page, or a list page built from the site (tips index, a province…).
 *
 * @param folder   the site path of the page's folder ({@code tips/}); the file is {@code folder + "index.html"}
 *                 unless {@code fileName} says otherwise (404.html)
 */
public record PageJob(String folder, String fileName, String template, String kind, String title, String summary,
                      String source, int line, Optional<Page> page, Object detail) {

    public String outputPath() {
        return folder + fileName;
    }

    public static PageJob of(Page page) {
        return new PageJob(page.route().sitePath(), "index.html", page.template(), page.template(), page.title(),
                page.info().summary().orElse(""), page.info().source(), page.info().sourceLine(), Optional.of(page), null);
    }

    public static PageJob list(String folder, String template, String title, String summary, Object detail) {
        return new PageJob(folder, "index.html", template, template, title, summary, "(built-in " + template + " page)", 0,
                Optional.empty(), detail);
    }
}

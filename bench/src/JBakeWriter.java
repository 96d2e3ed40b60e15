import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The synthetic campaign as a JBake site: header-format content files and FreeMarker templates. */
final class JBakeWriter {
    private final Path root;

    JBakeWriter(Path root) {
        this.root = root;
    }

    void write(List<Generate.Item> items) throws IOException {
        Generate.write(root.resolve("jbake.properties"), """
                site.host=https://bench.example.org
                render.tags=true
                render.archive=true
                render.feed=true
                render.sitemap=true
                render.index=true
                default.status=published
                db.store=memory
                """);
        String header = """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title><#if content?? && content.title??>${content.title} · </#if>Không một mình</title>
                <link rel="stylesheet" href="${content.rootpath!''}css/site.css"></head>
                <body><header><a href="${content.rootpath!''}index.html">Không một mình</a>
                <nav><a href="${content.rootpath!''}archive.html">Lưu trữ</a> <a href="${content.rootpath!''}feed.xml">Tin tức</a></nav>
                <p class="hotline">Gọi <a href="tel:111">111</a> – miễn phí, 24/7</p></header><main>
                """;
        String footer = "</main><footer>Cùng nhau an toàn trực tuyến · #khongmotminh #antoantructuyen #niemtinso</footer></body></html>\n";
        Generate.write(root.resolve("templates/header.ftl"), header);
        Generate.write(root.resolve("templates/footer.ftl"), footer);
        String single = """
                <#include "header.ftl">
                <article><h1>${content.title}</h1>
                <#if content.province??><p class="province">${content.province} · ${content.level!''}</p></#if>
                <time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("dd/MM/yyyy")}</time>
                <p class="summary">${content.summary!''}</p>
                ${content.body}
                <ul class="tags"><#list content.tags as tag><li><a href="${content.rootpath}tags/${tag}.html">#${tag}</a></li></#list></ul>
                </article>
                <#include "footer.ftl">
                """;
        Generate.write(root.resolve("templates/post.ftl"), single);
        Generate.write(root.resolve("templates/page.ftl"), single);
        String list = """
                <#include "header.ftl">
                <h1>%s</h1>
                <ul class="cards"><#list %s as post><li><a href="${content.rootpath!''}${post.uri}">${post.title}</a><p>${post.summary!''}</p></li></#list></ul>
                <#include "footer.ftl">
                """;
        Generate.write(root.resolve("templates/index.ftl"), list.formatted("Không một mình", "published_posts"));
        Generate.write(root.resolve("templates/archive.ftl"), list.formatted("Lưu trữ", "published_posts"));
        Generate.write(root.resolve("templates/tags.ftl"), list.formatted("#${tag}", "tag_posts"));
        Generate.write(root.resolve("templates/feed.ftl"), """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Không một mình</title><link>${config.site_host}</link>
                <#list published_posts as post><item><title>${post.title?xml}</title><link>${config.site_host}/${post.uri}</link></item></#list>
                </channel></rss>
                """);
        Generate.write(root.resolve("templates/sitemap.ftl"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <#list published_content as c><url><loc>${config.site_host}/${c.uri}</loc></url></#list>
                </urlset>
                """);
        Generate.write(root.resolve("assets/css/site.css"), "body{font-family:sans-serif;max-width:48rem;margin:auto}\n");
        for (Generate.Item it : items) {
            StringBuilder h = new StringBuilder("title=").append(it.title()).append('\n')
                    .append("date=").append(it.date()).append('\n')
                    .append("type=").append(it.kind().equals("school") ? "page" : "post").append('\n')
                    .append("tags=").append(String.join(",", it.tags())).append('\n')
                    .append("status=published\n")
                    .append("summary=").append(it.summary()).append('\n');
            if (it.kind().equals("school")) {
                h.append("province=").append(it.province()).append('\n').append("level=").append(it.level()).append('\n');
            }
            h.append("~~~~~~\n\n").append(it.body());
            Generate.write(root.resolve("content").resolve(it.folder()).resolve(it.slug() + ".md"), h.toString());
        }
    }
}

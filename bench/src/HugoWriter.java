import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The synthetic campaign as a Hugo site: the same Markdown and YAML front matter, small layouts, tag taxonomy. */
final class HugoWriter {
    private final Path root;

    HugoWriter(Path root) {
        this.root = root;
    }

    void write(List<Generate.Item> items) throws IOException {
        Generate.write(root.resolve("config.toml"), """
                baseURL = "https://bench.example.org/"
                languageCode = "vi"
                title = "Không một mình"
                relativeURLs = true
                [taxonomies]
                  tag = "tags"
                """);
        Generate.write(root.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title><meta name="description" content="{{ .Summary | plainify | truncate 160 }}">
                <link rel="stylesheet" href="{{ "css/site.css" | relURL }}"></head>
                <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
                <nav><a href="{{ "tips/" | relURL }}">Mẹo</a> <a href="{{ "schools/" | relURL }}">Trường học</a> <a href="{{ "posts/" | relURL }}">Tin tức</a> <a href="{{ "tags/" | relURL }}">Hashtag</a></nav>
                <p class="hotline">Gọi <a href="tel:111">111</a> – miễn phí, 24/7</p></header>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer>Cùng nhau an toàn trực tuyến · #khongmotminh #antoantructuyen #niemtinso</footer></body></html>
                """);
        Generate.write(root.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                {{ with .Params.province }}<p class="province">{{ . }} · {{ $.Params.level }}</p>{{ end }}
                {{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time>{{ end }}
                <p class="summary">{{ .Params.summary }}</p>
                {{ .Content }}
                <ul class="tags">{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">#{{ .LinkTitle }}</a></li>{{ end }}</ul>
                </article>{{ end }}
                """);
        Generate.write(root.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
                <ul class="cards">{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>{{ end }}</ul>{{ end }}
                """);
        Generate.write(root.resolve("static/css/site.css"), "body{font-family:sans-serif;max-width:48rem;margin:auto}\n");
        Generate.write(root.resolve("content/_index.md"), """
                ---
                title: "Không một mình"
                ---
                Gặp chuyện trên mạng, bạn không một mình. Gọi **111**. #khongmotminh
                """);
        for (Generate.Item it : items) {
            StringBuilder fm = new StringBuilder("---\ntitle: ").append(Generate.quoted(it.title())).append('\n');
            if (it.kind().equals("school")) {
                fm.append("province: ").append(Generate.quoted(it.province())).append('\n')
                        .append("level: ").append(Generate.quoted(it.level())).append('\n');
            } else {
                fm.append("date: ").append(it.date()).append('\n');
            }
            if (it.kind().equals("tip")) {
                fm.append("audience: [").append(it.audience()).append("]\n")
                        .append("category: ").append(Generate.quoted(it.category())).append('\n');
            }
            fm.append("tags: [").append(String.join(", ", it.tags())).append("]\n")
                    .append("summary: ").append(Generate.quoted(it.summary())).append("\n---\n\n").append(it.body());
            Generate.write(root.resolve("content").resolve(it.folder()).resolve(it.slug() + ".md"), fm.toString());
        }
    }
}

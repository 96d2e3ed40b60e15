import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The synthetic campaign as a Campaign Kit site folder (built-in templates, YAML front matter). */
final class CampaignKitWriter {
    private final Path root;

    CampaignKitWriter(Path root) {
        this.root = root;
    }

    void write(List<Generate.Item> items) throws IOException {
        Generate.write(root.resolve("site.yaml"), """
                title: "Không một mình"
                tagline: "Cùng nhau an toàn trực tuyến"
                language: vi
                base_url: "https://bench.example.org/"
                hashtags: ["#khongmotminh", "#antoantructuyen", "#niemtinso"]
                hotlines:
                  - number: "111"
                    name: "Tổng đài điện thoại quốc gia bảo vệ trẻ em"
                    note: "Miễn phí, 24/7."
                """);
        Generate.write(root.resolve("content/index.md"), """
                ---
                title: "Không một mình"
                ---
                Gặp chuyện trên mạng, bạn không một mình. Gọi **111**. #khongmotminh
                """);
        for (Generate.Item it : items) {
            StringBuilder fm = new StringBuilder("---\ntitle: ").append(Generate.quoted(it.title())).append('\n');
            switch (it.kind()) {
                case "school" -> fm.append("province: ").append(Generate.quoted(it.province())).append('\n')
                        .append("level: ").append(Generate.quoted(it.level())).append('\n');
                case "tip" -> fm.append("date: ").append(it.date()).append('\n')
                        .append("audience: [").append(it.audience()).append("]\n")
                        .append("category: ").append(Generate.quoted(it.category())).append('\n');
                default -> fm.append("date: ").append(it.date()).append('\n');
            }
            fm.append("tags: [").append(String.join(", ", it.tags())).append("]\n")
                    .append("summary: ").append(Generate.quoted(it.summary())).append("\n---\n\n").append(it.body());
            Generate.write(root.resolve("content").resolve(it.folder()).resolve(it.slug() + ".md"), fm.toString());
        }
    }
}

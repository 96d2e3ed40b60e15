package vn.campaignkit.testsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.ModelBuilder;
import vn.campaignkit.model.Site;
import vn.campaignkit.pipeline.SourceScan;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.SiteConfigReader;

/**
 * A small site in Vietnamese and English for the tests of languages beyond the pages: a tip, a poster and a frame,
 * each with its English translation, English texts in site.yaml and an English message file.
 */
public final class LanguageSites {
    public static final String SITE_YAML = """
            title: "Không một mình"
            tagline: "Cùng nhau an toàn trực tuyến"
            language: vi
            base_url: "https://example.org/"
            hashtags: ["#khongmotminh"]
            hotlines:
              - number: "111"
                name: "Tổng đài quốc gia bảo vệ trẻ em"
                note: "Miễn phí, 24/7."
            pledge: |
              Tôi không giữ bí mật khi bị đe dọa.
              Tôi lên tiếng sớm với người lớn tin cậy.
            languages:
              - vi
              - code: en
                title: "Not Alone"
                tagline: "Safe online, together"
                hotlines:
                  - number: "111"
                    name: "National child protection hotline"
                    note: "Free, 24/7."
                pledge: |
                  I do not keep threats secret.
                  I speak up early to an adult I trust.
            """;

    /** English words for the keys the derived files use; the rest of en.yaml is the built-in Vietnamese file. */
    public static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("square", "\"{title}: profile picture 1080×1080\""),
            Map.entry("square_note", "\"Facebook, Zalo, Instagram\""),
            Map.entry("phone", "\"Phone wallpaper 1080×1920\""),
            Map.entry("print_shop", "\"print-shop copy\""),
            Map.entry("office", "\"office A4 copy\""),
            Map.entry("print_shop_size", "\"{width} × {height} mm, {bleed} mm bleed\""),
            Map.entry("print_shop_note", "\"For the print shop: bleed, crop marks and CMYK. Print at 100%.\""),
            Map.entry("kit", "\"The campaign's print kit\""),
            Map.entry("kit_size", "\"{count} PDF files\""));

    private LanguageSites() {
    }

    /** Writes the two-language site into {@code folder}. */
    public static MicroSite write(Path folder) {
        return MicroSite.in(folder)
                .write("site.yaml", SITE_YAML)
                .write("content/index.en.md", "---\ntitle: Home\n---\nHello.\n")
                .write("content/tips/goi-111.md", "---\ntitle: \"Gọi 111 khi bị đe dọa\"\n---\nĐừng giữ bí mật.\n")
                .write("content/tips/goi-111.en.md", "---\ntitle: \"Call 111 when threatened\"\n---\nDo not keep it secret.\n")
                .write("content/print/ap-phich.md", "---\ntitle: \"Áp phích: Bạn không một mình\"\nformat: poster-a4\n"
                        + "headline: \"Gặp chuyện trên mạng?\"\nqr: /\n---\nKể ngay với bố mẹ, thầy cô.\n")
                .write("content/print/ap-phich.en.md", "---\ntitle: \"Poster: You are not alone\"\nformat: poster-a4\n"
                        + "headline: \"Trouble online?\"\nqr: /\n---\nTell a parent or a teacher straight away.\n")
                .write("content/frames/khung.md", "---\ntitle: \"Khung chiến dịch\"\nstyle: ring\n---\nKhung tròn.\n")
                .write("content/frames/khung.en.md", "---\ntitle: \"Campaign frame\"\nstyle: ring\n---\nA round frame.\n")
                .write("templates/messages/en.yaml", englishMessages());
    }

    /** The built-in vi.yaml with {@link #ENGLISH}'s keys in English and the language's own name and date format. */
    public static String englishMessages() {
        try (InputStream in = LanguageSites.class.getResourceAsStream("/campaignkit/templates/messages/vi.yaml")) {
            StringBuilder out = new StringBuilder();
            String section = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                String trimmed = line.strip();
                int colon = trimmed.indexOf(':');
                String key = colon < 0 ? "" : trimmed.substring(0, colon);
                section = !line.startsWith(" ") && colon > 0 ? key : section;
                if (line.startsWith("  ") && ENGLISH.containsKey(key)) {
                    out.append("  ").append(key).append(": ").append(ENGLISH.get(key));
                } else if (section.equals("language") && key.equals("name")) {
                    out.append("  name: \"English\"");
                } else if (section.equals("dates") && key.equals("format")) {
                    out.append("  format: \"d MMMM yyyy\"");
                } else {
                    out.append(line);
                }
                out.append('\n');
            }
            return out.toString().stripTrailing() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site in each language, the default first, with the problems found reading it. */
    public record Read(List<Site> sites, AssetCatalog assets, Problems problems) {
    }

    public static Read read(Path root) {
        Problems problems = new Problems();
        SourceScan scan = SourceScan.of(root);
        scan.problems().forEach(problems::add);
        BuildOptions options = BuildOptions.defaults(root, LocalDate.of(2025, 10, 20));
        SiteConfig config = new SiteConfigReader().read(scan.tree().siteYaml(), options.baseUrl(), problems);
        List<Site> sites = new ModelBuilder().buildLanguages(scan.tree(), config, options, problems);
        return new Read(sites, AssetCatalog.of(scan.tree()), problems);
    }
}

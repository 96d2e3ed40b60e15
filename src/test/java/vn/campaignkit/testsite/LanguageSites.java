package vn.campaignkit.testsite;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * The site's own English message file: a few texts of the derived files' listings in other words than the built-in
     * en.yaml, so a test sees that the site's file wins key by key.
     */
    public static final String ENGLISH_OVERRIDES = """
            frames:
              square: "{title}: profile picture 1080×1080"
            wallpapers:
              phone: "Phone wallpaper 1080×1920"
            print_files:
              print_shop: "print-shop copy"
              office: "office A4 copy"
              print_shop_size: "{width} × {height} mm, {bleed} mm bleed"
              print_shop_note: "For the print shop: bleed, crop marks and CMYK. Print at 100%."
              kit: "The campaign's print kit"
              kit_size: "{count} PDF files"
            """;

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

    /** The site's English message file ({@link #ENGLISH_OVERRIDES}). */
    public static String englishMessages() {
        return ENGLISH_OVERRIDES;
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

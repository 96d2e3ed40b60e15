package vn.campaignkit.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.model.Site;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;
import org.jsoup.nodes.Document;
import vn.campaignkit.testsite.LanguageSites;
import vn.campaignkit.testsite.MicroSite;

/**
 * Frames, Open Graph cards, wallpapers and printables of a site in two languages: the English ones live under
 * {@code en/}, are drawn from the English translations and texts, and are listed with the English message file's words.
 */
class DerivedFilesPerLanguageTest {
    @TempDir
    static Path folder;
    static LanguageSites.Read read;
    static Map<String, DeriveJob> vi;
    static Map<String, DeriveJob> en;

    @BeforeAll
    static void plan() {
        LanguageSites.write(folder);
        read = LanguageSites.read(folder);
        assertThat(read.problems().sorted()).isEmpty();
        assertThat(read.sites()).hasSize(2);
        vi = jobs(read.sites().get(0));
        en = jobs(read.sites().get(1));
    }

    private static Map<String, DeriveJob> jobs(Site site) {
        Problems problems = new Problems();
        Pipeline pipeline = Pipeline.standard(BuildOptions.defaults(folder, LocalDate.of(2025, 10, 20)));
        List<DeriveJob> jobs = pipeline.planDerived(site, read.assets(), problems, false, null);
        assertThat(problems.sorted()).isEmpty();
        return jobs.stream().collect(Collectors.toMap(DeriveJob::outputPath, Function.identity()));
    }

    @Test
    void everyEnglishFileLivesUnderEnAndNoneClashesWithAVietnameseOne() {
        assertThat(en.keySet()).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("en/"));
        assertThat(vi.keySet()).noneMatch(path -> path.startsWith("en/"));
        assertThat(en.keySet()).contains("en/wallpapers/wallpaper-phone-1080x1920.png", "en/downloads/print/ap-phich-in.pdf",
                "en/downloads/bo-an-pham-in.zip", "en/frames/khung/khung-1080.png", "en/tips/goi-111/og.png", "en/og.png");
        assertThat(vi.keySet()).contains("wallpapers/wallpaper-phone-1080x1920.png", "downloads/print/ap-phich-in.pdf",
                "downloads/bo-an-pham-in.zip", "frames/khung/khung-1080.png", "tips/goi-111/og.png");
    }

    @Test
    void theEnglishDownloadsAreListedInTheEnglishMessageFilesWords() {
        Map<String, SiteView.Download> listed = listings(en);
        assertThat(listed.get("en/frames/khung/khung-1080.png").title()).isEqualTo("Campaign frame: profile picture 1080×1080");
        assertThat(listed.get("en/wallpapers/wallpaper-phone-1080x1920.png").title()).isEqualTo("Phone wallpaper 1080×1920");
        SiteView.Download poster = listed.get("en/downloads/print/ap-phich-in.pdf");
        assertThat(poster.title()).isEqualTo("Poster: You are not alone — print-shop copy");
        assertThat(poster.note()).isEqualTo("For the print shop: bleed, crop marks and CMYK. Print at 100%.");
        assertThat(poster.preview()).isEqualTo("en/downloads/print/ap-phich.png");
        assertThat(listed.get("en/downloads/print/ap-phich-van-phong-a4.pdf").title()).isEqualTo("Poster: You are not alone — office A4 copy");
        // not overridden by the site: the built-in en.yaml's words
        assertThat(listed.get("en/downloads/print/ap-phich-van-phong-a4.pdf").note())
                .isEqualTo("Print on an office A4 printer at ‘Actual size’ (100 %). No print shop needed.");
        assertThat(listed.get("en/downloads/bo-an-pham-in.zip").note())
                .isEqualTo("All the printables above, print-shop and office copies, in one zip file.");
        assertThat(listed.get("en/downloads/bo-an-pham-in.zip").title()).isEqualTo("The campaign's print kit");
        assertThat(listed.get("en/downloads/bo-an-pham-in.zip").size()).isEqualTo("2 PDF files");

        Map<String, SiteView.Download> vietnamese = listings(vi);
        assertThat(vietnamese.get("frames/khung/khung-1080.png").title()).isEqualTo("Khung chiến dịch: ảnh đại diện 1080×1080");
        assertThat(vietnamese.get("downloads/print/ap-phich-in.pdf").title()).isEqualTo("Áp phích: Bạn không một mình — bản gửi nhà in");
        assertThat(vietnamese.get("downloads/bo-an-pham-in.zip").size()).isEqualTo("2 tệp PDF");
    }

    @Test
    void theEnglishPosterPrintsTheTranslationAndTheEnglishHotline() throws IOException {
        String english = pdfText(en.get("en/downloads/print/ap-phich-in.pdf"));
        assertThat(english).contains("Trouble online?", "Tell a parent or a teacher", "National child protection hotline", "Not Alone")
                .doesNotContain("Gặp chuyện", "Tổng đài");
        String vietnamese = pdfText(vi.get("downloads/print/ap-phich-in.pdf"));
        assertThat(vietnamese).contains("Gặp chuyện trên mạng?", "Tổng đài quốc gia bảo vệ trẻ em").doesNotContain("Trouble");
    }

    @Test
    void theEnglishFrameCardAndWallpaperAreDrawnWithOtherTextsThanTheVietnameseOnes() throws IOException {
        for (String path : List.of("frames/khung/khung-1080.png", "wallpapers/wallpaper-phone-1080x1920.png", "tips/goi-111/og.png")) {
            BufferedImage english = png(en.get("en/" + path));
            BufferedImage vietnamese = png(vi.get(path));
            assertThat(english.getWidth()).isEqualTo(vietnamese.getWidth());
            assertThat(differingPixels(english, vietnamese)).as(path).isGreaterThan(500);
        }
    }

    @Test
    void aCardTitleTheFontCannotDrawIsReportedInTheTranslationThatWroteIt() {
        Path other = folder.resolveSibling(folder.getFileName() + "-glyph");
        LanguageSites.write(other).write("content/tips/goi-111.en.md", "---\ntitle: \"Call 111 ☎ now\"\n---\nText.\n");
        LanguageSites.Read twoLanguages = LanguageSites.read(other);
        Problems problems = new Problems();
        Pipeline.standard(BuildOptions.defaults(other, LocalDate.of(2025, 10, 20)))
                .planDerived(twoLanguages.sites().get(1), twoLanguages.assets(), problems, false, null);
        assertThat(problems.sorted()).extracting(Problem::path).contains("content/tips/goi-111.en.md");
        assertThat(problems.sorted()).extracting(Problem::path).doesNotContain("content/tips/goi-111.md");
    }

    @Test
    void eachLanguagesDownloadsPageListsItsOwnFilesAndEveryLinkResolves() {
        Path built = folder.resolveSibling(folder.getFileName() + "-built");
        MicroSite site = LanguageSites.write(built);
        site.buildEverything().succeeds();
        Document english = site.page("en/downloads/");
        List<String> links = english.select("a[download], a.download__link").eachAttr("abs:href");
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).contains("/output/en/"));
        assertThat(links).anyMatch(l -> l.endsWith("/en/downloads/print/ap-phich-in.pdf"))
                .anyMatch(l -> l.endsWith("/en/wallpapers/wallpaper-phone-1080x1920.png"))
                .anyMatch(l -> l.endsWith("/en/frames/khung/khung-1080.png"));
        for (String link : links) {
            assertThat(Path.of(java.net.URI.create(link))).isRegularFile();
        }
        assertThat(english.text()).contains("Poster: You are not alone", "Print-shop copy", "210 × 297 mm, 3 mm bleed",
                "For the print shop:", "Phone wallpaper 1080×1920", "The campaign's print kit").doesNotContain("Áp phích", "lề xén 3 mm");
        Document vietnamese = site.page("downloads/");
        assertThat(vietnamese.select("a[download], a.download__link").eachAttr("abs:href")).isNotEmpty()
                .noneMatch(l -> l.contains("/output/en/"));
        assertThat(vietnamese.text()).contains("Áp phích: Bạn không một mình", "Bản gửi nhà in", "lề xén 3 mm")
                .doesNotContain("Print-shop copy", "Poster:");
        assertThat(site.page("en/tips/goi-111/").selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.org/en/tips/goi-111/og.png");
    }

    private static Map<String, SiteView.Download> listings(Map<String, DeriveJob> jobs) {
        return jobs.values().stream().map(DeriveJob::listing).flatMap(Optional::stream)
                .collect(Collectors.toMap(SiteView.Download::path, Function.identity(), (a, b) -> a));
    }

    private static String pdfText(DeriveJob job) throws IOException {
        Problems problems = new Problems();
        byte[] bytes = job.render(problems);
        assertThat(problems.sorted()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static BufferedImage png(DeriveJob job) throws IOException {
        Problems problems = new Problems();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(job.render(problems)));
        assertThat(problems.sorted()).isEmpty();
        return image;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y += 2) {
            for (int x = 0; x < a.getWidth(); x += 2) {
                count += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return count;
    }
}

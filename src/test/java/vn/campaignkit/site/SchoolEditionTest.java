package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import vn.campaignkit.cli.Main;

/**
 * {@code build --school}: one school's own edition of the default site, to host on the school's website. It holds
 * the campaign's pages and this school's page only, names the school on the home page, offers its frame and kit
 * first, points to the campaign's directory for the other schools, and passes the checks every site passes.
 */
class SchoolEditionTest {
    private static final String SCHOOL = "schools/ha-noi/thpt-mau-song-hong/";
    private static Path edition;
    private static Path withoutBaseUrl;

    private static synchronized Path edition() {
        if (edition == null) {
            edition = build("thpt-mau-song-hong", "--base-url", BuiltSite.BASE_URL);
        }
        return edition;
    }

    private static Path build(String school, String... more) {
        try {
            Path out = Files.createTempDirectory("campaignkit-edition").resolve("output");
            List<String> args = new ArrayList<>(List.of("--now", BuiltSite.NOW, "--school", school));
            args.addAll(List.of(more));
            BuiltSite.Result r = BuiltSite.build(BuiltSite.root(), out, args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("Built ").contains("the edition of Trường THPT Mẫu Sông Hồng");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document page(Path out, String path) {
        return Jsoup.parse(BuiltSite.read(out.resolve(path)), "");
    }

    @Test
    void holdsTheCampaignAndThisSchoolButNoOtherSchool() {
        Path out = edition();
        for (String path : List.of("index.html", "tips/index.html", "hashtags/khongmotminh/index.html", "contests/ve-tranh/index.html",
                "quizzes/index.html", "scenarios/index.html", "pledge/index.html", "news/index.html", "downloads/index.html",
                "frames/truong-em/index.html", SCHOOL + "index.html", "schools/index.html", "schools/ha-noi/index.html", "404.html")) {
            assertThat(out.resolve(path)).as(path).isRegularFile();
        }
        List<Path> schoolPages = BuiltSite.files(out.resolve("schools"), "index.html").stream()
                .filter(p -> out.resolve("schools").relativize(p).getNameCount() == 3).toList();
        assertThat(schoolPages).containsExactly(out.resolve(SCHOOL + "index.html"));
        assertThat(BuiltSite.files(out.resolve("schools"), "").stream().map(p -> out.relativize(p).toString().replace('\\', '/')))
                .as("no file of another school").allMatch(p -> p.startsWith(SCHOOL) || p.equals("schools/index.html")
                        || p.equals("schools/og.png") || p.equals("schools/ha-noi/index.html") || p.equals("schools/ha-noi/og.png"));
        assertThat(BuiltSite.files(out.resolve("frames/truong-em/schools"), ".png")).extracting(p -> p.getFileName().toString())
                .containsExactly("ha-noi-thpt-mau-song-hong.png");
        assertThat(BuiltSite.read(out.resolve("search/index.js"))).contains("Trường THPT Mẫu Sông Hồng").doesNotContain("Hoa Sữa");
        assertThat(out.resolve("sitemap.xml")).as("the edition lives elsewhere than base_url").doesNotExist();
        assertThat(out.resolve("robots.txt")).doesNotExist();
    }

    @Test
    void theHomePageNamesTheSchoolAndTheDownloadsPageOffersItsFrameAndKitFirst() {
        Path out = edition();
        assertThat(page(out, "index.html").select(".hero__school").text()).isEqualTo("Trang chiến dịch của Trường THPT Mẫu Sông Hồng · Hà Nội");
        assertThat(page(out, "index.html").select(".hero__school a").attr("href")).isEqualTo(SCHOOL + "index.html");

        Document downloads = page(out, "downloads/index.html");
        assertThat(downloads.select("main h2").first().text()).isEqualTo("Khung ảnh và bộ ấn phẩm của Trường THPT Mẫu Sông Hồng");
        List<String> featured = downloads.select("#dl-featured ~ ul a.download__link").eachAttr("href");
        assertThat(featured).first().asString().isEqualTo("../frames/truong-em/schools/ha-noi-thpt-mau-song-hong.png");
        assertThat(featured).contains("../" + SCHOOL + "an-pham/bo-an-pham-thpt-mau-song-hong.pdf");
        assertThat(out.resolve(SCHOOL + "an-pham/bo-an-pham-thpt-mau-song-hong.pdf")).isRegularFile();
    }

    @Test
    void theDirectoryPointsToTheCampaignsWholeListWhenTheBaseUrlNamesIt() {
        Document directory = page(edition(), "schools/index.html");
        assertThat(directory.select(".lead a").attr("href")).isEqualTo(BuiltSite.BASE_URL + "schools/");
        assertThat(directory.select(".lead").text()).startsWith("Đây là trang chiến dịch của Trường THPT Mẫu Sông Hồng.")
                .contains("tỉnh, thành phố");
        assertThat(directory.select(".school-list a")).extracting(e -> e.attr("href")).containsExactly("../schools/ha-noi/thpt-mau-song-hong/index.html");
        assertThat(page(edition(), "schools/ha-noi/index.html").select(".lead a").attr("href")).isEqualTo(BuiltSite.BASE_URL + "schools/ha-noi/");
    }

    @Test
    void passesTheChecksEverySitePasses() {
        Path out = edition();
        SiteChecks.everyPageIsVietnameseShowsHotline111AndCarriesTheStrictCsp(out);
        SiteChecks.pagesRequestNothingFromOtherSites(out);
        SiteChecks.everyRelativeLinkResolvesToAFileOfTheSite(out);
        SiteChecks.pagesStayWithinTheirWeightBudgets(out);
    }

    @Test
    void thePagesTheEditionChangesAreValidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        String[] current = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // advice, not errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current[0] + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        for (String path : List.of("index.html", "downloads/index.html", "schools/index.html", "schools/ha-noi/index.html", SCHOOL + "index.html")) {
            current[0] = path;
            validator.checkHtmlFile(edition().resolve(path).toFile(), true);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void withoutABaseUrlTheDirectoryLinksNowhereElseAndNothingIsBroken() throws IOException {
        Path site = Files.createTempDirectory("campaignkit-edition-site");
        for (String part : List.of("content", "templates", "assets", "data")) {
            BuiltSite.copyTree(BuiltSite.root().resolve(part), site.resolve(part));
        }
        Files.writeString(site.resolve("site.yaml"), BuiltSite.read(BuiltSite.root().resolve("site.yaml"))
                .replaceAll("(?m)^base_url:.*$", ""));
        try (var printables = Files.list(site.resolve("content/print"))) {
            for (Path p : printables.toList()) {
                Files.delete(p); // their QR codes need the site's address
            }
        }
        Path out = site.resolve("edition");
        BuiltSite.Result r = BuiltSite.build(site, out, "--now", BuiltSite.NOW, "--school", "Trường THPT Mẫu Sông Hồng");
        assertThat(r.exit()).as(r.err()).isZero();
        Document directory = page(out, "schools/index.html");
        assertThat(directory.select(".lead").text()).isEqualTo("Đây là trang chiến dịch của Trường THPT Mẫu Sông Hồng.");
        assertThat(directory.select(".lead a")).isEmpty();
        SiteChecks.everyRelativeLinkResolvesToAFileOfTheSite(out);
    }

    @Test
    void aSchoolThatIsNotThereOrNotOneIsAUsageError() {
        BuiltSite.Result unknown = BuiltSite.run("build", "--source", BuiltSite.root().toString(), "--now", BuiltSite.NOW,
                "--school", "schools/ha-noi/thpt-mau-song-hongg/", "--output", tempOutput());
        assertThat(unknown.exit()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).isEqualTo("error: no school has the page schools/ha-noi/thpt-mau-song-hongg/"
                + " (hint: did you mean schools/ha-noi/thpt-mau-song-hong/?)\n");
    }

    private static String tempOutput() {
        try {
            return Files.createTempDirectory("campaignkit-edition").resolve("output").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

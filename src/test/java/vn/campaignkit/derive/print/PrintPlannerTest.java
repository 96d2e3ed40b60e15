package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.campaignkit.site.BuiltSite;
import vn.campaignkit.testsite.TextEdits;

/** The default site's build: print downloads with previews, a kit per school whose QR opens its page, zips, reuse on rebuild. */
class PrintPlannerTest {

    @Test
    void downloadsPageListsEveryPrintableWithPreviewSizeAndHowToPrint() throws Exception {
        Path out = BuiltSite.output();
        Document page = Jsoup.parse(out.resolve("downloads/index.html").toFile(), "UTF-8");
        Element section = page.getElementById("dl-print").parent();
        List<String> slugs = PrintFixtures.defaultSlugs();
        assertThat(section.select("li.download > h3")).hasSize(slugs.size());
        for (Element item : section.select("li.download")) {
            Element img = item.selectFirst("img.download__preview");
            assertThat(img).isNotNull();
            assertThat(Files.size(out.resolve("downloads").resolve(img.attr("src")).normalize())).isPositive();
            assertThat(item.select("a.download__link")).isNotEmpty().allSatisfy(a ->
                    assertThat(out.resolve("downloads").resolve(a.attr("href")).normalize()).isRegularFile());
            assertThat(item.select(".download__note").text()).contains("In");
            assertThat(item.text()).contains("mm");
        }
        Path kit = out.resolve(PrintPlanner.CAMPAIGN_KIT);
        assertThat(names(Files.readAllBytes(kit))).hasSize(BuiltSite.files(out.resolve("downloads/print"), ".pdf").size());
    }

    @Test
    void everySchoolPageOffersItsKitAndItsPosterQrOpensThatPage() throws Exception {
        Path out = BuiltSite.output();
        List<Path> schoolPages = BuiltSite.files(out.resolve("schools"), "index.html").stream()
                .filter(p -> Files.isDirectory(p.getParent().resolve("an-pham"))).toList();
        assertThat(schoolPages).hasSizeGreaterThan(20);
        for (Path html : schoolPages) {
            Document page = Jsoup.parse(html.toFile(), "UTF-8");
            List<String> links = page.select("#kit ~ ul a, section:has(#kit) a[download]").eachAttr("href");
            assertThat(links).as(html.toString()).anyMatch(l -> l.endsWith(".zip")).anyMatch(l -> l.endsWith(".pdf"));
            for (String l : links) {
                assertThat(html.getParent().resolve(l).normalize()).isRegularFile();
            }
        }
        Path first = schoolPages.get(0).getParent();
        String url = BuiltSite.BASE_URL + out.relativize(first).toString().replace('\\', '/') + "/";
        try (PDDocument doc = PdfInspection.load(Files.readAllBytes(first.resolve("an-pham/ap-phich-a4-in.pdf")))) {
            assertThat(PdfInspection.decodeQr(PdfInspection.render(doc, 0, 150))).isEqualTo(url);
            String title = Jsoup.parse(schoolPages.get(0).toFile(), "UTF-8").selectFirst("h1").text();
            assertThat(PdfInspection.text(doc)).contains(title);
        }
        Path zip = Files.list(first.resolve("an-pham")).filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        List<String> names = names(Files.readAllBytes(zip));
        assertThat(names).startsWith("ap-phich-a4-in.pdf", "ap-phich-a4-van-phong-a4.pdf", "bookmark-to-a4.pdf");
        List<Element> frameLinks = Jsoup.parse(schoolPages.get(0).toFile(), "UTF-8").select("a[href$=.png]");
        assertThat(frameLinks).as("the default site has a per-school frame").isNotEmpty();
        for (Element a : frameLinks) {
            Path png = first.resolve(a.attr("href")).normalize();
            assertThat(names).contains("khung-anh/" + png.getFileName());
        }
    }

    @Test
    void changingOneSchoolRedrawsOnlyThatSchoolsKit() throws Exception {
        Path site = Files.createTempDirectory("print-one-school");
        for (String part : List.of("site.yaml", "content", "data", "templates", "assets")) {
            copyTree(BuiltSite.root().resolve(part), site.resolve(part));
        }
        Path out = site.resolve("output");
        BuiltSite.Result first = BuiltSite.build(site, out, "--now", BuiltSite.NOW, "--base-url", BuiltSite.BASE_URL);
        assertThat(first.exit()).as(first.err()).isZero();
        byte[] zipBefore = Files.readAllBytes(out.resolve(PrintPlanner.CAMPAIGN_KIT));
        assertThat(zipBefore).isEqualTo(Files.readAllBytes(BuiltSite.output().resolve(PrintPlanner.CAMPAIGN_KIT)));
        TextEdits.replaceOnce(site.resolve("data/schools.csv"), "\nTrường Tiểu học Mẫu Lê Lợi,Thanh Hóa,",
                "\nTrường Đổi Tên Tiểu học Mẫu Lê Lợi,Thanh Hóa,");
        BuiltSite.Result second = BuiltSite.build(site, out, "--now", BuiltSite.NOW, "--base-url", BuiltSite.BASE_URL);
        assertThat(second.exit()).as(second.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) derived files \\((\\d+) reused\\)").matcher(second.out());
        assertThat(m.find()).as(second.out()).isTrue();
        int redrawn = Integer.parseInt(m.group(1)) - Integer.parseInt(m.group(2));
        // the school's 3 PDFs, its zip, its frame and its page's Open Graph image; nothing of other schools
        assertThat(redrawn).as(second.out()).isBetween(4, 8);
        assertThat(Files.readAllBytes(out.resolve(PrintPlanner.CAMPAIGN_KIT))).isEqualTo(zipBefore);
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static List<String> names(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}

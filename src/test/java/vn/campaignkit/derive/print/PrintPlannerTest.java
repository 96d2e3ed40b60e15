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

/** The default site's build: print downloads with previews, one kit PDF per school whose QR opens its page, the campaign zip, reuse on rebuild. */
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
    void everySchoolPageOffersItsFrameAndOneKitPdfWhoseQrCodesOpenThatPage() throws Exception {
        Path out = BuiltSite.output();
        List<Path> schoolPages = BuiltSite.files(out.resolve("schools"), "index.html").stream()
                .filter(p -> Files.isDirectory(p.getParent().resolve("an-pham"))).toList();
        assertThat(schoolPages).hasSizeGreaterThan(20);
        for (Path html : schoolPages) {
            Document page = Jsoup.parse(html.toFile(), "UTF-8");
            List<String> links = page.select("section:has(#kit) a[download]").eachAttr("href");
            assertThat(links).as(html.toString()).hasSize(2).anyMatch(l -> l.endsWith(".png")).anyMatch(l -> l.endsWith(".pdf"))
                    .noneMatch(l -> l.endsWith(".zip"));
            for (String l : links) {
                assertThat(html.getParent().resolve(l).normalize()).isRegularFile();
            }
            assertThat(Files.list(html.getParent().resolve("an-pham")).toList()).as("one file per school kit").hasSize(1);
            assertThat(page.select("section:has(#kit)").text()).contains("PDF, 4 trang", "Trang 1: Áp phích A4",
                    "Trang 2–3: Bookmark", "Trang 4: Áp phích A4: Bạn không một mình — bản gửi nhà in");
        }
        Path first = schoolPages.get(0).getParent();
        String url = BuiltSite.BASE_URL + out.relativize(first).toString().replace('\\', '/') + "/";
        String title = Jsoup.parse(schoolPages.get(0).toFile(), "UTF-8").selectFirst("h1").text();
        Path kit = Files.list(first.resolve("an-pham")).findFirst().orElseThrow();
        assertThat(kit.getFileName().toString()).startsWith("bo-an-pham-").endsWith(".pdf");
        try (PDDocument doc = PdfInspection.load(Files.readAllBytes(kit))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            // office poster and bookmark sheet on plain A4, the print-shop poster with bleed and marks last
            for (int i = 0; i < 3; i++) {
                assertThat(doc.getPage(i).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(doc.getPage(i).getTrimBox().getWidth()).isEqualTo(doc.getPage(i).getMediaBox().getWidth());
            }
            assertThat(doc.getPage(3).getTrimBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(doc.getPage(3).getMediaBox().getWidth()).isGreaterThan(doc.getPage(3).getTrimBox().getWidth() + 30);
            assertThat(PdfInspection.decodeQr(PdfInspection.render(doc, 0, 150))).isEqualTo(url);
            assertThat(PdfInspection.decodeQr(PdfInspection.render(doc, 3, 150))).isEqualTo(url);
            assertThat(PdfInspection.text(doc)).contains(title);
            List<String> outline = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));
            assertThat(outline).containsExactly("Áp phích A4: Bạn không một mình — bản in văn phòng A4",
                    "Bookmark: Nói ra sớm, an toàn hơn — tờ A4 xếp 5 bookmark", "Áp phích A4: Bạn không một mình — bản gửi nhà in");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Bộ ấn phẩm in – " + title);
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
        // the school's kit PDF, its frame and its page's Open Graph image; nothing of other schools
        assertThat(redrawn).as(second.out()).isEqualTo(3);
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

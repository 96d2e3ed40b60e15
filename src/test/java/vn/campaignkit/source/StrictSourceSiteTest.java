package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/** Whole-site checks of reading the site folder: encodings, front matter YAML, leftovers and symlinks. */
class StrictSourceSiteTest {
    @TempDir
    Path dir;

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void buildsFileWithBomAndCrlf() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        MicroSite site = MicroSite.in(dir).writeBytes("content/tips/bom.md", concat(bom,
                "---\r\ntitle: Đừng chia sẻ mật khẩu\r\n---\r\nDòng một.\r\nDòng hai.\r\n".getBytes(StandardCharsets.UTF_8)));
        site.build().succeeds();
        String html = Files.readString(site.output().resolve("tips/bom/index.html"));
        assertThat(html).doesNotContain("\uFEFF").doesNotContain("\r");
        assertThat(site.page("tips/bom/").select("h1").text()).isEqualTo("Đừng chia sẻ mật khẩu");
    }

    @Test
    void refusesLatin1AndWindows1258NamingFileAndLine() {
        MicroSite site = MicroSite.in(dir)
                .writeBytes("content/tips/latin1.md", "---\ntitle: ok\n---\nLine four\nCafé\n".getBytes(StandardCharsets.ISO_8859_1))
                .writeBytes("content/tips/cp1258.md", "---\ntitle: Đội\n---\n".getBytes(Charset.forName("windows-1258")))
                .writeBytes("content/tips/dau.md", concat("---\ntitle: x\n---\nCa".getBytes(StandardCharsets.US_ASCII),
                        new byte[] {(byte) 0xD2}, "nh gia".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xEC},
                        "c\n".getBytes(StandardCharsets.US_ASCII)));
        MicroSite.Run run = site.check().failsWithProblems()
                .reports("content/tips/cp1258.md:2:8", "UTF-8")
                .reports("content/tips/dau.md:4:3", "UTF-8");
        assertThat(run.errors()).anySatisfy(l -> assertThat(l).startsWith("content/tips/latin1.md:5:").contains("UTF-8"));
        assertThat(run.err()).doesNotContain("\uFFFD");
    }

    @Test
    void refusesUtf16InAllFourFormsNamingFileAndLine() {
        String text = "---\ntitle: Đừng im lặng\n---\nHãy kể với người lớn.\n";
        MicroSite site = MicroSite.in(dir)
                .writeBytes("content/tips/le-bom.md", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)))
                .writeBytes("content/tips/be-bom.md", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)))
                .writeBytes("content/tips/le.md", text.getBytes(StandardCharsets.UTF_16LE))
                .writeBytes("content/tips/be.md", text.getBytes(StandardCharsets.UTF_16BE))
                .writeBytes("site.yaml", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "title: x\n".getBytes(StandardCharsets.UTF_16LE)));
        site.check().failsWithProblems()
                .reports("content/tips/le-bom.md:1:1", "UTF-16")
                .reports("content/tips/be-bom.md:1:1", "UTF-16")
                .reports("content/tips/le.md:1:1", "UTF-16")
                .reports("content/tips/be.md:1:1", "UTF-16")
                .reports("site.yaml:1:1", "UTF-16");
    }

    @Test
    void refusesNonUtf8CsvAndSiteYaml() {
        MicroSite site = MicroSite.in(dir)
                .writeBytes("data/schools.csv", "title,province\nTHCS Lê Lợi,Hà Nội\n".getBytes(Charset.forName("windows-1258")))
                .writeBytes("site.yaml", "title: Café\ntagline: Cùng nhau\n".getBytes(StandardCharsets.ISO_8859_1));
        site.check().failsWithProblems()
                .reports("data/schools.csv:2:", "UTF-8")
                .reports("site.yaml:1:11", "UTF-8");
    }

    @Test
    void readsExcelCsvWithBomCrlfAndSemicolons() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        MicroSite site = MicroSite.in(dir).writeBytes("data/schools.csv",
                concat(bom, "title,province\r\nTHCS Lê Lợi,Hà Nội\r\n".getBytes(StandardCharsets.UTF_8)));
        site.build().succeeds();
        assertThat(site.output().resolve("schools/ha-noi/thcs-le-loi/index.html")).isRegularFile();
        site.writeBytes("data/schools.csv", concat(bom, "title;province\r\nTHCS Lê Lợi;Hà Nội\r\nTHCS Kim Đồng;Huế\r\n"
                .getBytes(StandardCharsets.UTF_8)));
        site.build().succeeds();
        assertThat(site.output().resolve("schools/hue/thcs-kim-dong/index.html")).isRegularFile();
    }

    @Test
    void reportsYamlProblemsAtLinesOfTheFile() {
        MicroSite site = MicroSite.in(dir)
                .tip("trung", "title: Một\nsummary: s\ntitle: Hai", "x\n")
                .tip("tab", "title: x\ntags:\n\t- a", "x\n")
                .tip("bi-danh", "title: &t x\nsummary: *t", "x\n")
                .tip("thut-le", "title: x\nsummary: y\n  bad: z", "x\n")
                .write("site.yaml", "title: A\ntagline: B\ntitle: C\n");
        site.check().failsWithProblems()
                .reports("content/tips/trung.md:4:1", "'title'", "line 2")
                .reports("content/tips/tab.md:4:1", "tab")
                .reports("content/tips/bi-danh.md:3:10", "alias")
                .reports("content/tips/thut-le.md:4:", "YAML")
                .reports("site.yaml:3:1", "'title'", "line 1");
    }

    @Test
    void stopsAliasBombQuicklyWithAProblem() {
        StringBuilder yaml = new StringBuilder("title: x\nextra:\n  a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append("  ").append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*').append(prev).append("]\n");
            prev = c;
        }
        MicroSite site = MicroSite.in(dir).tip("bom", yaml.toString().strip(), "x\n");
        MicroSite.Run run = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> site.check());
        run.failsWithProblems().reports("content/tips/bom.md:5:", "alias");
        assertThat(run.errors()).hasSize(1);
    }

    @Test
    void refusesFrontMatterThatIsNeverClosedOrMissing() {
        MicroSite site = MicroSite.in(dir)
                .write("content/tips/mo.md", "---\ntitle: x\nNội dung mà quên dấu đóng.\n")
                .write("content/tips/khong.md", "title: x\n");
        site.check().failsWithProblems()
                .reports("content/tips/mo.md:1:1", "never closed")
                .reports("content/tips/khong.md:1:1", "front matter");
    }

    @Test
    void keepsLaterFenceLinesInTheBody() {
        MicroSite site = MicroSite.in(dir).tip("fence", "title: Có gạch", "Trên\n\n---\n\nDưới\n---\n");
        site.build().succeeds();
        assertThat(site.page("tips/fence/").select(".prose").text()).contains("Trên").contains("Dưới");
    }

    @Test
    void ignoresEditorLeftovers() {
        byte[] junk = {(byte) 0xFF, 0, 1, 2};
        MicroSite site = MicroSite.in(dir)
                .tip("that", "title: Thật", "x\n")
                .writeBytes("content/tips/.that.md.swp", junk)
                .writeBytes("content/tips/.x.md", junk)
                .writeBytes("content/tips/#x.md#", junk)
                .writeBytes("content/tips/x.md~", junk)
                .writeBytes("content/tips/.DS_Store", junk)
                .writeBytes("content/.DS_Store", junk)
                .writeBytes("content/tips/.git/HEAD.md", junk)
                .writeBytes("assets/.DS_Store", junk)
                .writeBytes("data/.~lock.schools.csv#", junk);
        site.build().succeeds();
        assertThat(site.output().resolve("tips/x")).doesNotExist();
        assertThat(site.output().resolve("assets/.DS_Store")).doesNotExist();
    }

    @Test
    void refusesSymlinkedFilesAndFolders() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("ngoai"));
        Files.writeString(outside.resolve("o.md"), "---\ntitle: Ngoài\n---\n");
        MicroSite site = MicroSite.in(dir.resolve("site")).tip("that", "title: Thật", "x\n");
        Path tips = site.root().resolve("content/tips");
        Files.createSymbolicLink(tips.resolve("lien-ket.md"), outside.resolve("o.md"));
        Files.createSymbolicLink(tips.resolve("hong.md"), dir.resolve("khong-co.md"));
        Files.createSymbolicLink(site.root().resolve("content/pages"), outside);
        Files.createSymbolicLink(site.root().resolve("assets"), outside);
        site.check().failsWithProblems()
                .reports("content/tips/lien-ket.md:1:1", "symbolic link")
                .reports("content/tips/hong.md:1:1", "symbolic link")
                .reports("content/pages:1:1", "symbolic link")
                .reports("assets:1:1", "symbolic link");
    }

    @Test
    void refusesSymlinkedSiteYaml() throws Exception {
        Path real = Files.writeString(dir.resolve("that.yaml"), "title: x\n");
        MicroSite site = MicroSite.in(dir.resolve("site"));
        Files.createSymbolicLink(site.root().resolve("site.yaml"), real);
        site.check().failsWithProblems().reports("site.yaml:1:1", "symbolic link");
    }

    @Test
    void refusesInvisibleControlCharactersInFilesAndYamlEscapesAtTheirPlace() {
        MicroSite site = MicroSite.in(dir)
                .writeBytes("content/tips/chuong.md", concat("---\ntitle: Chuông\n---\nDòng một.\nReo".getBytes(StandardCharsets.UTF_8),
                        new byte[] {0x07}, " to.\n".getBytes(StandardCharsets.UTF_8)))
                .tip("thoat", "title: \"Tin\\x1b[2J nóng\"", "x\n")
                .writeBytes("data/schools.csv", concat("title,province\nTrường".getBytes(StandardCharsets.UTF_8), new byte[] {0x0B},
                        " A,Hà Nội\n".getBytes(StandardCharsets.UTF_8)));
        site.build().failsWithProblems()
                .reports("content/tips/chuong.md:5:4", "control character U+0007")
                .reports("content/tips/thoat.md:2:8", "control character U+001B")
                .reports("data/schools.csv:2:7", "control character U+000B");
        assertThat(site.output()).doesNotExist();
    }
}

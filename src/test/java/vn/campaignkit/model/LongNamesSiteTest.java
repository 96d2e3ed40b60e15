package vn.campaignkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/**
 * Names that content decides — slugs, file names, tags, school and province names, kit zips and their entries —
 * stay within 50 characters per slug and 160 per output path (what is left of Windows' 260 once a school has
 * copied or unzipped the site into a folder of its own): an editor's own name is a problem at its line, an
 * official school name from a list of thousands is shortened at a word.
 */
class LongNamesSiteTest {
    private static final String LONG_SLUG = "meo-".repeat(90) + "cuoi";

    @TempDir
    Path dir;

    @Test
    void refusesASlugTooLongForAFileAtItsLineInsteadOfCrashing() {
        MicroSite site = MicroSite.in(dir).tip("a", "title: A\nslug: " + LONG_SLUG, "Nội dung.\n");
        assertThat(LONG_SLUG).hasSizeGreaterThan(355);
        site.build().failsWithProblems()
                .reports("content/tips/a.md:3:7", "364 characters", "at most 50", "'slug: meo-meo-meo-meo-meo-meo-meo-meo-meo-meo-meo-meo'");
    }

    @Test
    void refusesAFileNameThatGivesAnAddressOverFiftyCharactersAndSuggestsASlug() {
        String name = "khong-chuyen-tien-cho-nguoi-la-xung-la-cong-an-goi-video-yeu-cau";
        MicroSite site = MicroSite.in(dir).tip(name, "title: Không chuyển tiền", "Nội dung.\n");
        site.build().failsWithProblems().reports("content/tips/" + name + ".md:1:1", "64 characters",
                "slug: khong-chuyen-tien-cho-nguoi-la-xung-la-cong-an-goi'");
    }

    @Test
    void refusesATagTooLongForItsHashtagPageAtTheTag() {
        MicroSite site = MicroSite.in(dir).tip("a", "title: A\ntags: [khongmotminh, " + "antoan".repeat(10) + "]", "Nội dung.\n");
        site.build().failsWithProblems().reports("content/tips/a.md:3:22", "too long", "at most 50");
    }

    @Test
    void refusesAContentFileWhosePathWouldPassTheWindowsBudget() {
        String name = "anh-chup-man-hinh-".repeat(9) + "tin-nhan.png";
        MicroSite site = MicroSite.in(dir).writeBytes("content/tips/" + name, new byte[] {1, 2, 3});
        site.build().failsWithProblems().reports("content/tips/" + name + ":1:1", "179 characters", "within 160", "Windows");
    }

    @Test
    void refusesATooLongSlugOrProvinceWrittenInTheSchoolListAtItsCell() {
        MicroSite site = MicroSite.in(dir).write("data/schools.csv", "title,province,slug\n"
                + "Trường THCS Lê Lợi,Hà Nội," + LONG_SLUG + "\n"
                + "Trường THCS Kim Liên," + "Thành phố ".repeat(8) + "Hà Nội,\n");
        site.build().failsWithProblems()
                .reports("data/schools.csv:2:3", "364 characters", "at most 50")
                .reports("data/schools.csv:3:2", "province name is too long");
    }

    @Test
    void shortensALongOfficialSchoolNameAtAWordAndKeepsEveryPathOfItsKitWithinBudget() throws IOException {
        String school = "Trường Trung học phổ thông chuyên Lê Hồng Phong, Thành phố Hồ Chí Minh";
        MicroSite site = MicroSite.in(dir)
                .write("data/schools.csv", "title,province\n\"" + school + "\",Thành phố Hồ Chí Minh\n")
                .write("content/print/ap-phich-phong-chong-lua-dao-truc-tuyen-cho-hoc-sinh.md", "---\n"
                        + "title: Áp phích\nformat: poster-a4\nper_school: true\nslug: ap-phich-phong-chong-lua-dao-truc-tuyen-cho-hoc\n---\n"
                        + "Gọi **111** khi cần tư vấn.\n");

        site.buildEverything("--base-url", "https://khongmotminh.example.org/").succeeds();

        Path page = site.output().resolve("schools/thanh-pho-ho-chi-minh/truong-trung-hoc-pho-thong-chuyen-le-hong-phong/index.html");
        assertThat(page).exists();
        List<String> paths;
        try (Stream<Path> walk = Files.walk(site.output())) {
            paths = walk.filter(Files::isRegularFile).map(p -> site.output().relativize(p).toString()).toList();
        }
        assertThat(paths).allSatisfy(p -> assertThat(p.length()).as(p).isLessThanOrEqualTo(160));
        assertThat(site.output().resolve("schools/thanh-pho-ho-chi-minh/truong-trung-hoc-pho-thong-chuyen-le-hong-phong/an-pham/"
                + "bo-an-pham-truong-trung-hoc-pho-thong-chuyen-le-hong-phong.pdf")).isRegularFile();
    }

    @Test
    void shortensAtTheLastWholeWordThatFits() {
        assertThat(SlugRules.shortened(new Slug("truong-trung-hoc-pho-thong-chuyen-le-hong-phong-thanh-pho-ho-chi-minh")).value())
                .isEqualTo("truong-trung-hoc-pho-thong-chuyen-le-hong-phong");
        assertThat(SlugRules.shortened(new Slug("a".repeat(70))).value()).isEqualTo("a".repeat(50));
        assertThat(SlugRules.shortened(new Slug("ngan-gon")).value()).isEqualTo("ngan-gon");
    }
}

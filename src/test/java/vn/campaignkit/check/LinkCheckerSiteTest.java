package vn.campaignkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/** Internal links and images are checked: broken ones are problems at their line, working ones become relative links. */
class LinkCheckerSiteTest {
    @TempDir
    Path dir;

    @Test
    void reportsABrokenRegisterUrlAtItsValue() {
        MicroSite site = MicroSite.in(dir)
                .write("content/contests/ve.md", "---\ntitle: Vẽ\nstart: 2025-11-01\ndeadline: 2025-12-01\n"
                        + "register_url: /dang-ky/\n---\nThể lệ.\n");
        site.check().failsWithProblems().reports("content/contests/ve.md:5:15", "/dang-ky/", "points to nothing");
    }

    @Test
    void reportsEveryBrokenInternalLinkAndImageAtItsLine() {
        MicroSite site = MicroSite.in(dir)
                .tip("x", "title: X", "Có thật.\n")
                .tip("a", "title: A", """
                        [khác](other.md)
                        [lên trên](../tips/khong-co.md)
                        [đường dẫn](/tips/khong-co/)
                        ![ảnh](/assets/missing.png)
                        [thoát](../../../etc/passwd)
                        ![ảnh tương đối](hinh.png)
                        [thư mục](/khong-co/)
                        [có thật](x.md) [cũng có](/tips/x/)
                        """);
        site.check().failsWithProblems()
                .reports("content/tips/a.md:4:1", "other.md", "points to nothing")
                .reports("content/tips/a.md:5:1", "../tips/khong-co.md")
                .reports("content/tips/a.md:6:1", "/tips/khong-co/")
                .reports("content/tips/a.md:7:1", "image", "/assets/missing.png")
                .reports("content/tips/a.md:8:1", "../../../etc/passwd")
                .reports("content/tips/a.md:9:1", "image", "hinh.png")
                .reports("content/tips/a.md:10:1", "/khong-co/");
        assertThat(site.check().errors()).noneMatch(l -> l.startsWith("content/tips/a.md:11:"));
    }

    @Test
    void refusesImagesFromOtherWebsites() {
        MicroSite site = MicroSite.in(dir).tip("a", "title: A", "![ảnh](https://cdn.example.com/a.png)\n");
        site.check().failsWithProblems().reports("content/tips/a.md:4:1", "image", "another website");
    }

    @Test
    void refusesMissingFrontMatterImage() {
        MicroSite site = MicroSite.in(dir).tip("a", "title: A\nimage: /assets/khong-co.png\nimage_alt: Ảnh", "x\n");
        site.check().failsWithProblems().reports("content/tips/a.md:3:8", "khong-co.png");
    }

    @Test
    void followsPercentEncodedLinksToFilesWithVietnameseNames() throws Exception {
        MicroSite site = MicroSite.in(dir)
                .write("content/tips/Mẹo an toàn.md", "---\ntitle: Mẹo an toàn\n---\nx\n")
                .writeBytes("content/tips/ảnh mèo.png", tinyPng())
                .tip("a", "title: A", "[mã hoá](M%E1%BA%B9o%20an%20to%C3%A0n.md) ![ảnh](%E1%BA%A3nh%20m%C3%A8o.png) "
                        + "[hỏng](M%E1%BA%B9o%ZZ.md)\n");
        site.check().failsWithProblems().reports("content/tips/a.md:4:", "M%E1%BA%B9o%ZZ.md");
        site.write("content/tips/a.md", "---\ntitle: A\n---\n[mã hoá](M%E1%BA%B9o%20an%20to%C3%A0n.md) [gốc](/tips/meo-an-toan/) "
                + "![ảnh](%E1%BA%A3nh%20m%C3%A8o.png)\n");
        site.build().succeeds();
        Document doc = site.page("tips/a/");
        assertThat(doc.select(".prose a").eachAttr("href")).containsExactly("../../tips/meo-an-toan/index.html", "../../tips/meo-an-toan/index.html");
        Path file = site.output().resolve("tips/a/index.html");
        for (String src : doc.select(".prose img").eachAttr("src")) {
            assertThat(src).isEqualTo("../../tips/%E1%BA%A3nh%20m%C3%A8o.png");
            assertThat(Path.of(file.toUri().resolve(URI.create(src)))).isRegularFile();
        }
    }

    @Test
    void turnsWorkingLinksIntoRelativeLinksThatResolve() throws Exception {
        MicroSite site = MicroSite.in(dir)
                .writeBytes("assets/img/logo.png", tinyPng())
                .writeBytes("content/tips/anh-meo.png", tinyPng())
                .write("content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\n[mẹo b](../tips/b.md)\n")
                .tip("b", "title: B", "[về trang chủ](/) [giới thiệu](/gioi-thieu/)\n")
                .tip("a", "title: A", """
                        [b](b.md) [b tuyệt đối](/tips/b/) [b có neo](b.md#buoc-1) [danh sách](/tips/)
                        [giới thiệu](../pages/gioi-thieu.md) [trang chủ](/) [tin](/news/)
                        ![logo](/assets/img/logo.png) ![ảnh cạnh bài](anh-meo.png) [cùng trang](#tren)
                        """);
        site.build().succeeds();
        for (String page : List.of("tips/a/", "tips/b/", "gioi-thieu/")) {
            Document doc = site.page(page);
            Path file = site.output().resolve(page).resolve("index.html");
            List<Element> refs = doc.select(".prose a[href], .prose img[src]");
            assertThat(refs).as(page).isNotEmpty();
            for (Element e : refs) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertThat(ref).as("relative, not site-absolute").doesNotStartWith("/").doesNotContain("://");
                if (ref.startsWith("#")) {
                    continue;
                }
                URI resolved = file.toUri().resolve(new URI(null, null, ref.replaceFirst("#.*$", ""), null));
                Path target = Path.of(resolved);
                assertThat(target.normalize()).as(ref + " from " + page).startsWith(site.output());
                assertThat(Files.isRegularFile(target)).as(ref + " from " + page + " → " + target).isTrue();
            }
        }
        assertThat(site.page("tips/a/").select(".prose a").eachAttr("href"))
                .contains("../../tips/b/index.html", "../../tips/b/index.html#buoc-1", "#tren");
    }

    /** A real 1 × 1 PNG: images that pages show must decode. */
    private static byte[] tinyPng() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }
}

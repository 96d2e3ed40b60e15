package vn.campaignkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/**
 * Every image a page, frame or printable uses must be one a browser can show, told by its bytes (never its
 * name); otherwise the build fails with a problem at the reference that names the image.
 */
class BrokenImageSiteTest {
    @TempDir
    Path dir;

    @Test
    void refusesAnEmptyPngUsedAsAPageImageAtTheImageKey() {
        MicroSite site = MicroSite.in(dir).writeBytes("assets/images/lop.png", new byte[0])
                .tip("a", "title: A\nimage: /assets/images/lop.png\nimage_alt: Lớp 7A", "Nội dung.\n");
        site.build().failsWithProblems()
                .reports("content/tips/a.md:3:8", "assets/images/lop.png", "cannot be shown", "empty");
    }

    @Test
    void refusesABrokenMarkdownImageAtItsLineAndColumn() {
        MicroSite site = MicroSite.in(dir)
                .write("assets/images/so-do.png", "<html>Trang web lưu nhầm tên .png</html>")
                .tip("a", "title: A", "Đoạn đầu.\n\nXem sơ đồ: ![Sơ đồ](/assets/images/so-do.png)\n");
        site.build().failsWithProblems()
                .reports("content/tips/a.md:6:12", "assets/images/so-do.png", "not a PNG, JPEG, GIF, WebP or SVG");
    }

    @Test
    void refusesAJpegCutOffWhileCopying() throws IOException {
        byte[] jpeg = jpeg();
        MicroSite site = MicroSite.in(dir).writeBytes("content/tips/anh.jpg", Arrays.copyOf(jpeg, jpeg.length / 2))
                .tip("a", "title: A", "![Ảnh](anh.jpg)\n");
        site.build().failsWithProblems().reports("content/tips/a.md:4:1", "tips/anh.jpg", "cut off");
    }

    @Test
    void refusesSvgThatIsNotWellFormedOrHasNoSvgNamespace() {
        MicroSite site = MicroSite.in(dir)
                .write("assets/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <g><circle r=\"3\"/>\n</svg>\n")
                .write("assets/b.svg", "<svg width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg>\n")
                .tip("a", "title: A", "![A](/assets/a.svg)\n\n![B](/assets/b.svg)\n");
        site.build().failsWithProblems()
                .reports("content/tips/a.md:4:1", "assets/a.svg", "not well-formed XML at line 3")
                .reports("content/tips/a.md:6:1", "assets/b.svg", "xmlns");
    }

    @Test
    void tellsAnIphonePhotoByItsBytesAndSaysHowToExportIt() {
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        MicroSite site = MicroSite.in(dir).writeBytes("assets/images/IMG_0001.jpg", heic)
                .tip("a", "title: A\nimage: /assets/images/IMG_0001.jpg\nimage_alt: Ảnh", "Nội dung.\n");
        site.build().failsWithProblems().reports("content/tips/a.md:3:8", "HEIC", "Most Compatible");
    }

    @Test
    void acceptsImagesWhateverTheirNameSaysWhenTheBytesAreFine() throws IOException {
        MicroSite site = MicroSite.in(dir).writeBytes("assets/images/anh.jpg", png())
                .write("assets/images/hinh.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                        + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"/>\n")
                .tip("a", "title: A\nimage: /assets/images/anh.jpg\nimage_alt: Ảnh", "![Hình](/assets/images/hinh.svg)\n");
        site.build().succeeds();
        assertThat(site.output().resolve("assets/images/anh.jpg")).hasBinaryContent(png());
    }

    @Test
    void reportsAnUnusedImageTooBrokenToCleanAtTheFileItself() throws IOException {
        byte[] jpeg = jpeg();
        MicroSite site = MicroSite.in(dir).writeBytes("assets/images/cu.jpg", Arrays.copyOf(jpeg, 30));
        site.build().failsWithProblems().reports("assets/images/cu.jpg:1:1", "broken", "cannot be removed");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void reportsABrokenImageUsedByManyPagesAtEachPageButNotAgainAtTheFile() {
        MicroSite site = MicroSite.in(dir).writeBytes("assets/images/cat.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01})
                .tip("a", "title: A\nimage: /assets/images/cat.jpg\nimage_alt: Ảnh", "Nội dung.\n")
                .tip("b", "title: B", "![Ảnh](/assets/images/cat.jpg)\n");
        MicroSite.Run run = site.build().failsWithProblems()
                .reports("content/tips/a.md:3:8", "assets/images/cat.jpg", "JPEG")
                .reports("content/tips/b.md:4:1", "assets/images/cat.jpg", "JPEG");
        assertThat(run.errors()).hasSize(2);
    }

    @Test
    void refusesABrokenFrameLogoAndAJpegOverlayAtTheirKeys() throws IOException {
        MicroSite site = MicroSite.in(dir).writeBytes("assets/img/logo-truong.svg", new byte[0])
                .writeBytes("assets/img/khung.png", jpeg())
                .write("content/frames/a.md", "---\ntitle: Khung A\nstyle: ring\nlogo: img/logo-truong.svg\n---\n")
                .write("content/frames/b.md", "---\ntitle: Khung B\noverlay: img/khung.png\n---\n");
        site.buildEverything().failsWithProblems()
                .reports("content/frames/a.md:4:7", "logo", "img/logo-truong.svg", "empty")
                .reports("content/frames/b.md:3:10", "overlay must be a PNG");
    }

    @Test
    void refusesAPrintableImageThatIsAGifWhateverItsName() throws IOException {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB), "gif", gif);
        MicroSite site = MicroSite.in(dir).writeBytes("assets/print/anh.png", gif.toByteArray())
                .write("content/print/a.md", "---\ntitle: Áp phích\nformat: poster-a4\nimage: assets/print/anh.png\n---\nGọi 111.\n");
        site.buildEverything().failsWithProblems().reports("content/print/a.md:4:8", "GIF", "PNG or JPEG");
    }

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, x * 4 << 16 | y * 5 << 8 | 90);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }
}

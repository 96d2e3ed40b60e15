package vn.campaignkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.source.ExifTool;
import vn.campaignkit.testsite.MicroSite;

/**
 * A class photo straight from a phone — GPS position, the teacher's name, the phone's serial number, XMP
 * and IPTC — is published by {@code build} without any of it, wherever the site uses it: in {@code assets/},
 * beside a page in {@code content/}, and placed on a printable poster.
 */
class PrivateMetadataSiteTest {
    private static final String[] PHONE = {
        "-Orientation=6", "-Make=Apple", "-Model=iPhone 13", "-SerialNumber=SN-ABC123", "-Artist=Nguyễn Văn An",
        "-GPSLatitude=21.0285", "-GPSLatitudeRef=N", "-GPSLongitude=105.8542", "-GPSLongitudeRef=E",
        "-XMP-dc:Creator=Nguyễn Văn An", "-IPTC:By-line=Nguyen Van An", "-IPTC:City=Ha Noi",
    };

    @TempDir
    Path dir;

    @Test
    void publishesPhotosFromAssetsAndContentWithoutPlaceOrPersonButWithOrientationAndTheSamePixels() throws IOException {
        Path photo = dir.resolve("phone.jpg");
        Files.write(photo, jpeg(96, 64));
        ExifTool.write(photo, PHONE);
        Path screenshot = dir.resolve("phone.png");
        ImageIO.write(picture(40, 30), "png", screenshot.toFile());
        ExifTool.write(screenshot, "-Artist=Nguyễn Văn An", "-GPSLatitude=21.0285", "-GPSLatitudeRef=N", "-PNG:Author=Nguyen Van An");
        MicroSite site = MicroSite.in(dir.resolve("site"))
                .writeBytes("assets/images/lop-7a.jpg", Files.readAllBytes(photo))
                .writeBytes("content/tips/man-hinh.png", Files.readAllBytes(screenshot))
                .tip("man-hinh", "title: Ảnh chụp màn hình\nimage: /assets/images/lop-7a.jpg\nimage_alt: Lớp 7A",
                        "![Màn hình tin nhắn lừa đảo](man-hinh.png)\n");

        site.build().succeeds();

        Path publishedPhoto = site.output().resolve("assets/images/lop-7a.jpg");
        Map<String, String> tags = ExifTool.tags(publishedPhoto);
        assertThat(tags.keySet()).noneMatch(k -> k.startsWith("GPS:") || k.startsWith("XMP") || k.startsWith("IPTC:")
                || k.startsWith("ExifIFD:")).doesNotContain("IFD0:Artist", "IFD0:Make", "IFD0:Model");
        assertThat(tags).containsEntry("IFD0:Orientation", "6");
        assertThat(pixels(Files.readAllBytes(publishedPhoto))).isEqualTo(pixels(Files.readAllBytes(photo)));
        Path publishedScreenshot = site.output().resolve("tips/man-hinh.png");
        assertThat(ExifTool.tags(publishedScreenshot).keySet()).noneMatch(k -> k.startsWith("GPS:"))
                .doesNotContain("IFD0:Artist", "PNG:Author");
        assertThat(pixels(Files.readAllBytes(publishedScreenshot))).isEqualTo(pixels(Files.readAllBytes(screenshot)));
        for (Path published : new Path[] {publishedPhoto, publishedScreenshot}) {
            String bytes = new String(Files.readAllBytes(published), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain("SN-ABC123", "Nguyen Van An", "Ha Noi", "iPhone",
                    new String("Nguyễn".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void placesAPhoneJpegOnAPrintablePosterWithoutItsMetadata() throws IOException {
        Path photo = dir.resolve("phone.jpg");
        Files.write(photo, jpeg(2400, 1600));
        ExifTool.write(photo, PHONE);
        MicroSite site = MicroSite.in(dir.resolve("site"))
                .writeBytes("assets/print/lop.jpg", Files.readAllBytes(photo))
                .write("content/print/ap-phich.md", "---\ntitle: Áp phích lớp 7A\nformat: poster-a4\n"
                        + "image: assets/print/lop.jpg\n---\nGọi **111** khi cần tư vấn.\n");

        site.buildEverything().succeeds();

        Path pdf;
        try (var files = Files.walk(site.output())) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as("the photo is embedded as JPEG").contains("/DCTDecode");
        assertThat(bytes).doesNotContain("SN-ABC123", "Nguyen Van An", "Ha Noi", "iPhone", "Exif\0\0MM\0*\0\0\0\b\0\u000b",
                new String("Nguyễn".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1), "http://ns.adobe.com/xap/1.0/");
    }

    private static BufferedImage picture(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x * 7 % 256) << 16 | (y * 5 % 256) << 8 | ((x + y) % 256));
            }
        }
        return image;
    }

    private static byte[] jpeg(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(w, h), "jpg", out);
        return out.toByteArray();
    }

    private static int[] pixels(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}

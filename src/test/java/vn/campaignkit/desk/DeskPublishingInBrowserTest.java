package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.campaignkit.browser.Browser;
import vn.campaignkit.source.ExifTool;

/** Pictures go into the page where the cursor is, without where they were taken; publishing makes output/ and a zip. */
class DeskPublishingInBrowserTest {
    @TempDir
    static Path temp;
    static RunningDesk desk;
    static DeskBrowser browser;

    @BeforeAll
    static void start() throws IOException {
        Browser.requireChromium();
        desk = RunningDesk.on(RunningDesk.copyOfDefaultSite(temp.resolve("site")));
        browser = new DeskBrowser(desk);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (desk != null) {
            desk.close();
        }
    }

    /** A landscape photo as a phone stores it: sideways pixels, Orientation 6, and where it was taken. */
    private static Path phonePhoto(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b5cad));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xf2a900));
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        Path file = temp.resolve(name);
        ImageIO.write(image, "jpg", file.toFile());
        ExifTool.write(file, "-GPSLatitude=21.0285", "-GPSLatitudeRef=N", "-GPSLongitude=105.8542", "-GPSLongitudeRef=E",
                "-Make=Phone", "-Model=Camera 12", "-Artist=Nguyen Van A", "-Orientation=6");
        assertThat(ExifTool.tags(file)).containsKey("GPS:GPSLatitude");
        return file;
    }

    private void upload(Path photo) {
        WebElement tool = browser.driver.findElement(By.cssSelector(".tools button[title='Chèn ảnh']"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", tool);
        tool.click();
        browser.waitFor("the picture dialog", () -> !browser.driver.findElements(By.id("image-file")).isEmpty());
        browser.driver.findElement(By.id("image-file")).sendKeys(photo.toString());
    }

    @Test
    void anUploadedPhotoIsScaledTurnedUprightStrippedAndInsertedInThePage() throws IOException {
        browser.open("content/tips/chia-se-vi-tri-an-toan.md");
        upload(phonePhoto("Ảnh lớp 7A.jpg", 3000, 2000));
        browser.waitFor("the picture in the text", () -> String.valueOf(browser.js("return document.getElementById('body').value"))
                .contains("![Mô tả ảnh](/assets/images/anh-lop-7a.jpg)"));
        Path saved = desk.file("assets/images/anh-lop-7a.jpg");
        BufferedImage image = ImageIO.read(saved.toFile());
        assertThat(image.getWidth()).isEqualTo(1333);
        assertThat(image.getHeight()).isEqualTo(2000);
        assertThat(ExifTool.tags(saved)).doesNotContainKeys("GPS:GPSLatitude", "IFD0:Make", "IFD0:Artist");
        browser.waitFor("the picture in the preview", () -> browser.previewHtml().contains("assets/images/anh-lop-7a.jpg"));
        browser.click("#save-button");
        browser.waitFor("the saved text", () -> desk.read("content/tips/chia-se-vi-tri-an-toan.md").contains("(/assets/images/anh-lop-7a.jpg)"));
    }

    @Test
    void aSmallPhotoKeepsItsPixelsButLosesWhereItWasTaken() throws IOException {
        browser.open("content/tips/viec-nhe-luong-cao.md");
        Path photo = phonePhoto("nho.jpg", 800, 600);
        upload(photo);
        browser.waitFor("the picture in the text", () -> String.valueOf(browser.js("return document.getElementById('body').value"))
                .contains("(/assets/images/nho.jpg)"));
        Map<String, String> tags = ExifTool.tags(desk.file("assets/images/nho.jpg"));
        assertThat(tags).doesNotContainKeys("GPS:GPSLatitude", "IFD0:Make", "IFD0:Model", "IFD0:Artist");
        assertThat(tags).containsEntry("IFD0:Orientation", "6");
    }

    @Test
    void somethingThatIsNotAPictureIsRefused() throws IOException {
        browser.open("content/tips/qua-tang-vat-pham-game.md");
        Path fake = temp.resolve("virus.jpg");
        Files.writeString(fake, "<script>alert(1)</script>");
        upload(fake);
        browser.waitFor("the refusal", () -> browser.text("#status").contains("không phải ảnh"));
        assertThat(desk.file("assets/images/virus.jpg")).doesNotExist();
    }

    @Test
    void publishingBuildsTheOutputAndOffersOneZip() throws IOException {
        browser.home();
        browser.click("#publish-button");
        browser.waitFor("the zip link", Duration.ofMinutes(15), () -> !browser.driver.findElements(By.id("zip-link")).isEmpty());
        assertThat(browser.text("#publish-result")).contains("Đã xuất bản").contains("trang");
        assertThat(desk.file("output/index.html")).exists();
        assertThat(desk.file("output/tips/tong-dai-111/index.html")).exists();
        Path zip = desk.file(".campaignkit/publish/trang-web.zip");
        try (ZipFile entries = new ZipFile(zip.toFile())) {
            assertThat(entries.getEntry("index.html")).isNotNull();
            assertThat(entries.getEntry("tips/tong-dai-111/index.html")).isNotNull();
            assertThat(entries.getEntry(".campaignkit-manifest.tsv")).isNull();
            assertThat(entries.size()).isEqualTo((int) Files.walk(desk.file("output")).filter(Files::isRegularFile).count() - 1);
        }
        DeskHttp download = desk.get("api/publish/trang-web.zip");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.hasHeader("Content-Disposition: attachment")).isTrue();
        assertThat(download.body()).startsWith("PK");
    }
}

package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import vn.campaignkit.browser.Browser;

/**
 * What a tired editor does with two tabs and Notepad open: every save that would overwrite someone else's text
 * stops and shows both versions; text not saved survives a closed tab; earlier versions and deleted files come back.
 */
class DeskSafetyInBrowserTest {
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

    private void typeInBody(String text) {
        WebElement body = browser.driver.findElement(By.id("body"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", body);
        body.sendKeys(text);
    }

    @Test
    void aSaveOverAFileChangedInNotepadShowsBothVersionsAndOverwritesNothing() throws IOException {
        String path = "content/tips/luu-bang-chung.md";
        browser.open(path);
        typeInBody(" Phần tôi viết thêm.");
        String external = "---\ntitle: \"Sửa bằng Notepad\"\n---\nMột người khác đã sửa tệp này.\n";
        Files.writeString(desk.file(path), external, StandardCharsets.UTF_8);
        browser.click("#save-button");
        browser.waitFor("both versions", () -> !browser.driver.findElements(By.id("merge-disk")).isEmpty());
        assertThat(browser.driver.findElement(By.id("merge-disk")).getAttribute("value")).isEqualTo(external);
        assertThat(browser.driver.findElement(By.id("merge-mine")).getAttribute("value")).contains("Phần tôi viết thêm.");
        assertThat(desk.read(path)).isEqualTo(external);
        browser.dialogButton("Để sau");
        assertThat(desk.read(path)).isEqualTo(external);
        browser.click("#save-button");
        browser.waitFor("both versions again", () -> !browser.driver.findElements(By.id("merge-mine")).isEmpty());
        browser.set(browser.driver.findElement(By.id("merge-mine")), external.replace("Một người khác", "Hai người") );
        browser.dialogButton("Lưu bản bên phải (của tôi / đã gộp)");
        browser.waitFor("the merged text on disk", () -> desk.read(path).contains("Hai người đã sửa tệp này."));
    }

    @Test
    void twoTabsEditingTheSameFileNeverOverwriteEachOther() throws IOException {
        String path = "content/tips/mat-khau-gia-dinh.md";
        String original = desk.read(path);
        browser.open(path);
        String first = browser.driver.getWindowHandle();
        typeInBody(" Viết ở tab một.");
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open(path);
        String second = browser.driver.getWindowHandle();
        typeInBody(" Viết ở tab hai.");
        browser.click("#save-button");
        browser.waitFor("tab two saved", () -> desk.read(path).contains("Viết ở tab hai."));
        browser.driver.switchTo().window(first);
        browser.click("#save-button");
        browser.waitFor("the conflict in tab one", () -> !browser.driver.findElements(By.id("merge-disk")).isEmpty());
        assertThat(browser.driver.findElement(By.id("merge-disk")).getAttribute("value")).contains("Viết ở tab hai.");
        assertThat(desk.read(path)).contains("Viết ở tab hai.").doesNotContain("Viết ở tab một.");
        browser.dialogButton("Dùng bản trên đĩa, bỏ phần tôi sửa");
        assertThat(desk.read(path)).isNotEqualTo(original).contains("Viết ở tab hai.");
        browser.driver.switchTo().window(second).close();
        browser.driver.switchTo().window(first);
    }

    @Test
    void aFileWithWindowsLineEndingsIsConvertedOnlyWithConsent() throws IOException {
        String path = "content/pages/tai-nguyen.md";
        byte[] crlf = desk.read(path).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        Files.write(desk.file(path), crlf);
        browser.open(path);
        browser.waitFor("the line-ending notice", () -> browser.text("#consent").contains("CRLF"));
        typeInBody(" Thêm.");
        browser.click("#save-button");
        browser.waitFor("the save refused", () -> browser.text("#status").contains("xuống dòng kiểu Windows"));
        assertThat(Files.readAllBytes(desk.file(path))).isEqualTo(crlf);
        browser.click("#consent button");
        browser.click("#save-button");
        browser.waitFor("the converted file", () -> desk.read(path).contains("Thêm."));
        assertThat(desk.read(path)).doesNotContain("\r");
    }

    @Test
    void textNotSavedSurvivesAClosedTab() {
        String path = "content/tips/cai-dat-quyen-rieng-tu.md";
        browser.open(path);
        typeInBody(" Câu chưa kịp lưu.");
        browser.waitFor("the unsaved copy kept", () -> Boolean.TRUE.equals(browser.js(
                "return Object.keys(localStorage).some(k => k.endsWith(':" + path + "') && localStorage[k].includes('Câu chưa kịp lưu.'))")));
        browser.js("window.onbeforeunload = null;");
        browser.driver.navigate().refresh();
        try {
            browser.driver.switchTo().alert().accept();
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            // Headless Chromium may leave without asking.
        }
        browser.open(path);
        browser.waitFor("the offer to restore", () -> !browser.driver.findElements(By.id("backup")).isEmpty());
        assertThat(desk.read(path)).doesNotContain("Câu chưa kịp lưu.");
        browser.click("#backup button");
        browser.waitFor("the restored text", () -> String.valueOf(browser.js("return document.getElementById('body').value")).contains("Câu chưa kịp lưu."));
    }

    @Test
    void anEarlierVersionIsRestored() throws IOException {
        String path = "content/tips/tong-dai-111.md";
        byte[] original = Files.readAllBytes(desk.file(path));
        browser.open(path);
        typeInBody(" Một câu sẽ bị bỏ.");
        browser.click("#save-button");
        browser.waitFor("the saved change", () -> desk.read(path).contains("Một câu sẽ bị bỏ."));
        browser.click(".editor-pane .toolbar.top .buttons button:nth-of-type(2)");
        browser.waitFor("the history", () -> !browser.driver.findElements(By.cssSelector(".history button")).isEmpty());
        browser.click(".history button");
        browser.dialogButton("Khôi phục bản này");
        browser.waitFor("the earlier version back on disk", () -> {
            try {
                return java.util.Arrays.equals(Files.readAllBytes(desk.file(path)), original);
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(Files.list(desk.root().resolve(".campaignkit/history/content/tips/tong-dai-111.md"))).hasSize(2);
    }

    @Test
    void aDeletedFileGoesToTheTrashAndComesBack() throws IOException {
        String path = "content/posts/chien-dich-ve-thon-xa.md";
        byte[] original = Files.readAllBytes(desk.file(path));
        browser.open(path);
        browser.click(".editor-pane .buttons button.danger");
        browser.dialogButton("Chuyển vào thùng rác");
        browser.waitFor("the file gone", () -> !Files.exists(desk.file(path)));
        browser.click("#workspace .welcome button");
        browser.waitFor("the file back", () -> Files.exists(desk.file(path)));
        assertThat(Files.readAllBytes(desk.file(path))).isEqualTo(original);
    }
}

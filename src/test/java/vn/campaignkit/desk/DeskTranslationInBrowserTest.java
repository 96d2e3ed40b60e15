package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.campaignkit.browser.Browser;
import vn.campaignkit.testsite.LanguageSites;

/** An editor translating a tip into English in the desk: "Dịch sang English", the English preview, the saved file. */
class DeskTranslationInBrowserTest {
    @TempDir
    static Path temp;
    static RunningDesk desk;
    static DeskBrowser browser;

    @BeforeAll
    static void start() throws IOException {
        Browser.requireChromium();
        Path site = temp.resolve("site");
        LanguageSites.write(site).write("content/tips/luu-bang-chung.md",
                "---\ntitle: \"Lưu bằng chứng\"\naudience: [học sinh]\n---\nChụp màn hình tin nhắn trước khi chặn.\n");
        desk = RunningDesk.on(site);
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

    @Test
    void translatesATipIntoEnglishSeesItsEnglishPageAndSavesIt() {
        String original = "content/tips/luu-bang-chung.md";
        String english = "content/tips/luu-bang-chung.en.md";
        browser.open(original);
        assertThat(browser.text("#languages")).contains("Dịch sang English");
        browser.click("#translate-en");
        browser.waitForFile(desk.file(english), () -> true, "the English file on disk");
        assertThat(desk.read(english)).contains("title: \"Lưu bằng chứng\"", "Chụp màn hình tin nhắn trước khi chặn.");
        browser.waitFor("the translation in the editor", () -> browser.text("#editor-title").equals("Lưu bằng chứng")
                && browser.text("#languages").contains("Bản dịch: English"));
        browser.set(browser.input("title"), "Keep the evidence");
        browser.waitFor("the English preview with the new title", () -> browser.previewHeading().equals("Keep the evidence"));
        assertThat(browser.previewHtml()).contains("lang=\"en\"");
        assertThat(browser.driver.findElement(By.cssSelector("iframe.preview.shown")).getAttribute("src")).contains("/en/tips/luu-bang-chung/");
        browser.click("#save-button");
        browser.waitFor("the saved English title", () -> desk.read(english).contains("title: Keep the evidence\n"));
        assertThat(desk.read(original)).contains("title: \"Lưu bằng chứng\"");
        browser.waitFor("the translation under its original in the list, with its badge", () -> {
            Object order = browser.js("return [...document.querySelectorAll('#file-list .file')].map(b => b.dataset.path).join(' ');");
            return order.toString().contains(original + " " + english)
                    && browser.text("#file-list li.translation .file[data-path='" + english + "'] .badge.lang").equals("EN");
        });
        assertThat(browser.seriousAxeViolations(Browser.axeScript())).isEmpty();
    }
}

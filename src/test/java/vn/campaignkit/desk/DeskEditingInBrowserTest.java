package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.campaignkit.browser.Browser;

/** An editor creating and editing pages of the default site in the desk, watching the preview and the problems. */
class DeskEditingInBrowserTest {
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

    @Test
    void createsATipFromTheFormWithTheRightFrontMatterAndShowsItsPage() throws IOException {
        browser.home();
        browser.click("#new-button");
        browser.click("button.kind[data-kind='tip']");
        browser.waitFor("the tip form", () -> !browser.driver.findElements(By.cssSelector(".create-form")).isEmpty());
        WebElement title = browser.driver.findElement(By.cssSelector(".create-form .field[data-key='title'] input"));
        title.sendKeys("Đừng chuyển tiền cho \"người quen\" trên mạng");
        browser.driver.findElement(By.cssSelector(".create-form .field[data-key='audience'] input[value='phụ huynh']")).click();
        browser.waitFor("the file name preview", () -> browser.driver.findElement(By.id("new-path")).getText()
                .contains("content/tips/dung-chuyen-tien-cho-nguoi-quen-tren-mang.md"));
        browser.dialogButton("Tạo");
        Path file = desk.file("content/tips/dung-chuyen-tien-cho-nguoi-quen-tren-mang.md");
        browser.waitForFile(file, () -> true, "the new tip on disk");
        FrontMatterOutline outline = FrontMatterOutline.of("x.md", desk.read("content/tips/dung-chuyen-tien-cho-nguoi-quen-tren-mang.md")).orElseThrow();
        assertThat(outline.values()).containsEntry("title", "Đừng chuyển tiền cho \"người quen\" trên mạng")
                .containsEntry("audience", List.of("phụ huynh"));
        assertThat(outline.values().get("date").toString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(desk.read("content/tips/dung-chuyen-tien-cho-nguoi-quen-tren-mang.md"))
                .contains("# Dòng bắt đầu bằng # là ghi chú").doesNotContain("# audience:");
        browser.waitFor("the new tip's page in the preview",
                () -> browser.previewHeading().equals("Đừng chuyển tiền cho \"người quen\" trên mạng"));
    }

    @Test
    void editingATitleChangesThePreviewBeforeAndAfterSaving() {
        String path = "content/tips/tong-dai-111.md";
        browser.open(path);
        browser.waitFor("the tip's preview", () -> browser.previewHeading().startsWith("Gọi tổng đài 111"));
        browser.set(browser.input("title"), "Tổng đài 111 luôn lắng nghe bạn");
        browser.waitFor("the preview with the new title", () -> browser.previewHeading().equals("Tổng đài 111 luôn lắng nghe bạn"));
        assertThat(desk.read(path)).contains("title: \"Gọi tổng đài 111: điều gì sẽ xảy ra?\"");
        browser.click("#save-button");
        browser.waitFor("the saved title", () -> desk.read(path).contains("title: Tổng đài 111 luôn lắng nghe bạn\n"));
        assertThat(desk.read(path)).contains("weight: 68").contains("audience: [học sinh, phụ huynh, giáo viên]");
    }

    @Test
    void aMistakeIsShownAtItsFieldWithTheValidatorsHint() {
        browser.open("content/contests/ve-tranh.md");
        browser.set(browser.input("deadline"), "2025-01-01");
        browser.waitFor("the problem at the deadline", () -> browser.field("deadline").getAttribute("class").contains("has-problem"));
        assertThat(browser.text("#form .field[data-key='deadline']")).contains("is before the start").contains("Gợi ý: check both dates");
        assertThat(browser.text("#problem-count")).contains("1 lỗi");
        browser.set(browser.input("deadline"), "2026-01-01");
        browser.waitFor("the problem gone", () -> browser.text("#problem-count").contains("không có lỗi"));
    }

    @Test
    void aQuizIsEditedAsQuestionsAndAnswers() {
        String path = "content/quizzes/nhan-dien-chieu-lua.md";
        browser.open(path);
        WebElement firstQuestion = browser.driver.findElement(By.cssSelector("[data-path='questions.0']"));
        WebElement add = firstQuestion.findElement(By.xpath(".//button[normalize-space()='+ Thêm đáp án']"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", add);
        add.click();
        browser.waitFor("the empty answer's problem", () -> !browser.driver.findElements(
                By.cssSelector("[data-path^='questions.0.answers.'].has-problem")).isEmpty());
        List<WebElement> answers = firstQuestion.findElements(By.cssSelector(".field[data-key='answers'] > .card"));
        WebElement fresh = answers.get(answers.size() - 1);
        browser.set(fresh.findElement(By.cssSelector(".field[data-key='text'] input")), "Gọi lại cho số lạ để hỏi cho rõ");
        browser.set(fresh.findElement(By.cssSelector(".field[data-key='why'] textarea")), "Gọi lại số lạ vẫn là nói chuyện với kẻ gian; hãy hỏi bố mẹ.");
        browser.waitFor("a clean quiz", () -> browser.text("#problem-count").contains("không có lỗi"));
        browser.click("#save-button");
        browser.waitFor("the new answer on disk", () -> desk.read(path).contains("Gọi lại cho số lạ để hỏi cho rõ"));
        assertThat(desk.read(path)).startsWith("---\ntitle:");
    }

    @Test
    void aScenarioChoiceToAMissingSceneIsReportedLiveAtTheChoice() {
        browser.open("content/scenarios/ban-tren-mang-xin-anh.md");
        WebElement to = browser.driver.findElement(By.cssSelector("[data-path='scenes.0.choices.0.to'] input"));
        browser.set(to, "canh-khong-co");
        browser.waitFor("the graph problem at the choice", () -> browser.text("[data-path='scenes.0.choices.0.to']").contains("does not exist"));
        assertThat(browser.text("#problem-count")).contains("lỗi");
    }

    @Test
    void theSchoolsListIsATableWithTheReadersRowChecks() throws IOException {
        browser.open("data/schools.csv");
        WebElement province = browser.driver.findElement(By.cssSelector("tr[data-row='0'] td:nth-of-type(2) input"));
        browser.set(province, "");
        browser.waitFor("the row problem", () -> browser.text("#problems").contains("has no province"));
        browser.set(province, "Thanh Hóa");
        WebElement title = browser.driver.findElement(By.cssSelector("tr[data-row='0'] td:nth-of-type(1) input"));
        browser.set(title, "Trường Tiểu học Mẫu Lê Lợi, Thanh Hóa");
        browser.waitFor("no problem", () -> browser.text("#problem-count").contains("không có lỗi"));
        browser.click("#save-button");
        browser.waitFor("the saved row", () -> desk.read("data/schools.csv").contains("\"Trường Tiểu học Mẫu Lê Lợi, Thanh Hóa\",Thanh Hóa,"));
        assertThat(Files.readAllLines(desk.file("data/schools.csv"))).hasSize(Files.readAllLines(
                Path.of("data/schools.csv")).size());
        assertThat(desk.json(desk.get("api/table")).path("rows").size()).isEqualTo(Files.readAllLines(Path.of("data/schools.csv")).size() - 1);
    }

    @Test
    void theFilterIgnoresAccentsAndCase() {
        browser.home();
        browser.set(browser.driver.findElement(By.id("filter")), "TONG DAI");
        browser.waitFor("the filtered list", () -> browser.driver.findElements(By.cssSelector("#file-list .file")).size() == 1);
        assertThat(browser.text("#file-list .file .title")).isEqualTo("Gọi tổng đài 111: điều gì sẽ xảy ra?");
    }

    @Test
    void theDeskHasNoSeriousAccessibilityProblems() {
        String axe = Browser.axeScript();
        browser.open("content/tips/mat-khau-gia-dinh.md");
        assertThat(browser.seriousAxeViolations(axe)).isEmpty();
        browser.open("content/quizzes/khi-gap-chuyen-lam-gi.md");
        assertThat(browser.seriousAxeViolations(axe)).isEmpty();
        browser.click("#new-button");
        assertThat(browser.seriousAxeViolations(axe)).isEmpty();
    }

    @Test
    void theRawFileShowsAMistakeTheFormCannotHoldWithItsLine() {
        String path = "content/posts/tong-ket-chien-dich.md";
        browser.open(path);
        browser.click("#mode-button");
        browser.waitFor("the raw file", () -> !browser.driver.findElements(By.id("raw")).isEmpty());
        WebElement raw = browser.driver.findElement(By.id("raw"));
        String text = raw.getAttribute("value");
        browser.set(raw, text.replaceFirst("title: ", "title: [chưa đóng "));
        browser.waitFor("the problem with its line", () -> browser.text("#problems").contains("Dòng 3: YAML cannot be read"));
        browser.click("#mode-button");
        browser.waitFor("the form refused", () -> browser.text("#status").contains("đang có lỗi"));
        assertThat(browser.driver.findElements(By.id("raw"))).isNotEmpty();
        assertThat(desk.read(path)).isEqualTo(text);
    }
}

package vn.campaignkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.campaignkit.site.BuiltSite;

/** A quiz of the default site played from file:// on a phone: one question at a time, feedback, score, retry. */
class QuizInBrowserTest {
    private static final String QUIZ = "quizzes/nhan-dien-chieu-lua/index.html";
    private final Path out = BuiltSite.output();

    private static List<WebElement> shownQuestions(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".js-quiz-question")).stream().filter(WebElement::isDisplayed).toList();
    }

    /** Ticks the right answers (or a wrong one) of the shown question and checks it. */
    private static WebElement answer(WebElement question, boolean right) {
        List<WebElement> answers = question.findElements(By.cssSelector(".js-quiz-answer"));
        if (right) {
            answers.stream().filter(a -> a.getAttribute("data-correct").equals("true"))
                    .forEach(a -> a.findElement(By.tagName("label")).click());
        } else {
            answers.stream().filter(a -> a.getAttribute("data-correct").equals("false")).findFirst().orElseThrow()
                    .findElement(By.tagName("label")).click();
        }
        question.findElement(By.cssSelector(".js-quiz-check")).click();
        return question.findElement(By.cssSelector(".js-quiz-feedback"));
    }

    @Test
    void showsOneQuestionAtATimeWithFeedbackForEveryAnswer() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve(QUIZ));
            List<WebElement> shown = shownQuestions(browser);
            assertThat(shown).hasSize(1);
            WebElement first = shown.get(0);
            assertThat(first.findElement(By.cssSelector(".js-quiz-key")).isDisplayed()).as("the no-script answer key is hidden").isFalse();
            assertThat(first.findElements(By.cssSelector(".js-quiz-why")).stream().noneMatch(WebElement::isDisplayed)).isTrue();

            first.findElement(By.cssSelector(".js-quiz-check")).click();
            assertThat(first.findElement(By.cssSelector(".js-quiz-feedback")).getText()).isEqualTo("Bạn chưa chọn đáp án nào.");

            WebElement feedback = answer(first, false);
            assertThat(feedback.getText()).startsWith("Chưa đúng. Đáp án đúng: B");
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(feedback);
            List<WebElement> whys = first.findElements(By.cssSelector(".js-quiz-why"));
            assertThat(whys).allMatch(WebElement::isDisplayed);
            assertThat(whys.get(0).getText()).startsWith("Sai:").contains("mặc đồ giả");
            assertThat(whys.get(1).getText()).startsWith("Đúng:");
            assertThat(first.findElement(By.cssSelector(".js-quiz-answer.is-wrong")).getText()).startsWith("A.");
            assertThat(first.findElement(By.cssSelector(".js-quiz-answer.is-missed")).getText()).startsWith("B.");
            assertThat(browser.driver().findElement(By.cssSelector(".js-quiz-live")).getAttribute("textContent")).startsWith("Chưa đúng.");
            assertThat(first.findElements(By.cssSelector("input")).stream().noneMatch(WebElement::isEnabled)).isTrue();

            first.findElement(By.cssSelector(".js-quiz-next")).click();
            WebElement second = shownQuestions(browser).get(0);
            assertThat(second.getAttribute("id")).isEqualTo("cau-2");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("type")).isEqualTo("radio");
            assertThat(browser.driver().findElement(By.cssSelector(".js-quiz-progress")).getText()).isEqualTo("Điểm: 0 / 10");
        }
    }

    @Test
    void scoresMultipleChoiceQuestionsOnlyWhenEveryRightAnswerIsTickedAndOffersARetry() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve(QUIZ));
            int expected = 0;
            for (int i = 0; i < 10; i++) {
                WebElement q = shownQuestions(browser).get(0);
                boolean multiple = q.getAttribute("data-multiple").equals("true");
                if (multiple && i == 2) {
                    // only one of the three right answers: not enough
                    q.findElements(By.cssSelector(".js-quiz-answer[data-correct=true] label")).get(0).click();
                    q.findElement(By.cssSelector(".js-quiz-check")).click();
                    assertThat(q.findElement(By.cssSelector(".js-quiz-feedback")).getText()).startsWith("Chưa đúng. Đáp án đúng: A, B, C");
                } else {
                    boolean right = i % 3 != 1;
                    WebElement feedback = answer(q, right);
                    assertThat(feedback.getText()).startsWith(right ? "Chính xác!" : "Chưa đúng.");
                    expected += right ? 1 : 0;
                }
                q.findElement(By.cssSelector(".js-quiz-next")).click();
            }
            WebElement result = browser.driver().findElement(By.cssSelector(".js-quiz-result"));
            assertThat(result.isDisplayed()).isTrue();
            assertThat(shownQuestions(browser)).isEmpty();
            assertThat(result.findElement(By.cssSelector(".js-quiz-score")).getText()).isEqualTo("Bạn trả lời đúng " + expected + " / 10 câu.");
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(result);

            result.findElement(By.cssSelector(".js-quiz-retry")).click();
            WebElement first = shownQuestions(browser).get(0);
            assertThat(first.getAttribute("id")).isEqualTo("cau-1");
            assertThat(first.findElements(By.cssSelector("input")).stream().noneMatch(WebElement::isSelected)).isTrue();
            assertThat(first.findElements(By.cssSelector(".js-quiz-why")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
            assertThat(browser.driver().findElement(By.cssSelector(".js-quiz-progress")).getText()).isEqualTo("Điểm: 0 / 10");
            assertThat(browser.console()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
        }
    }

    @Test
    void canBeAnsweredWithTheKeyboardAlone() {
        try (Browser browser = Browser.phone()) {
            browser.open(out.resolve(QUIZ));
            WebElement q = shownQuestions(browser).get(0);
            WebElement radio = q.findElement(By.cssSelector("#cau-1-b"));
            radio.sendKeys(" ");
            assertThat(radio.isSelected()).isTrue();
            q.findElement(By.cssSelector(".js-quiz-check")).sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(q.findElement(By.cssSelector(".js-quiz-feedback")).getText()).startsWith("Chính xác!");
        }
    }
}

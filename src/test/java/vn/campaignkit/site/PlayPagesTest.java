package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The default site's quizzes, scenarios, pledge page, search index and campaign banner as built HTML. */
class PlayPagesTest {
    private final Path out = BuiltSite.output();

    private Document page(String path) {
        return Jsoup.parse(BuiltSite.read(out.resolve(path)));
    }

    private List<Path> contentPages(String kind) {
        return BuiltSite.files(out.resolve(kind), "index.html").stream()
                .filter(p -> out.resolve(kind).relativize(p).getNameCount() == 2).toList();
    }

    @Test
    void defaultSiteHasTwoQuizzesOfAtLeastTenQuestionsEachWithFeedbackForEveryAnswer() {
        List<Path> quizzes = contentPages("quizzes");
        assertThat(quizzes).hasSizeGreaterThanOrEqualTo(2);
        for (Path quiz : quizzes) {
            Document doc = Jsoup.parse(BuiltSite.read(quiz));
            List<Element> questions = doc.select("fieldset.js-quiz-question");
            assertThat(questions).as(quiz.toString()).hasSizeGreaterThanOrEqualTo(10);
            for (Element q : questions) {
                assertThat(q.selectFirst("legend").text()).isNotBlank();
                List<Element> answers = q.select(".js-quiz-answer");
                assertThat(answers).hasSizeGreaterThanOrEqualTo(2);
                assertThat(answers).anyMatch(a -> a.attr("data-correct").equals("true"));
                assertThat(answers).allMatch(a -> a.selectFirst(".js-quiz-why").text().length() > 20);
                assertThat(answers).allMatch(a -> a.selectFirst("label").attr("for").equals(a.selectFirst("input").id()));
                String type = q.attr("data-multiple").equals("true") ? "checkbox" : "radio";
                assertThat(q.select("input")).allMatch(i -> i.attr("type").equals(type));
            }
        }
    }

    @Test
    void printableQuizPutsTheAnswerKeyAfterTheQuestionsOnItsOwnPrintedPage() {
        Document doc = page("quizzes/nhan-dien-chieu-lua/print/index.html");
        assertThat(doc.select(".quiz-sheet__questions").first().select("> li")).hasSize(10);
        Element key = doc.selectFirst(".quiz-sheet__key");
        assertThat(key).isNotNull();
        assertThat(key.text()).contains("Đáp án: B").contains("Đáp án: A, B, C");
        assertThat(doc.selectFirst(".quiz-sheet__questions").text()).doesNotContain("Đáp án");
        assertThat(doc.selectFirst(".quiz-sheet__help").text()).contains("111");
        assertThat(doc.select("link[rel=stylesheet][href^=../../../assets/css/play.css]")).hasSize(1);
        assertThat(page("tips/index.html").select("link[href*=play.css]")).as("only play pages load play.css").isEmpty();
        String css = BuiltSite.read(out.resolve("assets/css/play.css"));
        assertThat(css).containsPattern("@media print \\{[^@]*\\.quiz-sheet__key \\{ break-before: page;");
        assertThat(page("quizzes/nhan-dien-chieu-lua/index.html").select("a[href$=nhan-dien-chieu-lua/print/index.html]")).isNotEmpty();
    }

    @Test
    void defaultSiteHasThreeScenariosOfAtLeastEightScenesEndingWithHotline111() {
        List<Path> scenarios = contentPages("scenarios");
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(3);
        for (Path scenario : scenarios) {
            Document doc = Jsoup.parse(BuiltSite.read(scenario));
            List<Element> scenes = doc.select(".js-story > section.scene");
            assertThat(scenes).as(scenario.toString()).hasSizeGreaterThanOrEqualTo(8);
            List<Element> endings = doc.select("section.scene--ending");
            assertThat(endings).isNotEmpty();
            assertThat(endings).allMatch(e -> e.selectFirst(".scene__lesson").text().contains("111"));
            assertThat(endings).allMatch(e -> e.select("a[href='tel:111']").size() == 1);
            assertThat(doc.select("section.scene--safe")).isNotEmpty();
            assertThat(doc.select("section.scene--unsafe")).isNotEmpty();
        }
    }

    @Test
    void scenarioWorksWithoutScriptAsAnchoredSectionsLinkedByChoices() {
        Document doc = page("scenarios/cuoc-goi-gia-danh-cong-an/index.html");
        Set<String> ids = doc.select("section.scene").stream().map(Element::id).collect(Collectors.toSet());
        assertThat(doc.select("section.scene[hidden]")).as("nothing is hidden before the script runs").isEmpty();
        assertThat(doc.select("section.scene").first().id()).isEqualTo(doc.selectFirst(".js-story").attr("data-start"));
        List<Element> links = doc.select(".js-story a[href^=#]");
        assertThat(links).isNotEmpty();
        assertThat(links).allMatch(a -> ids.contains(a.attr("href").substring(1)));
    }

    @Test
    void pledgePageShowsThePledgeFromSiteYamlAndLinksToThePrintablePoster() {
        Document doc = page("pledge/index.html");
        assertThat(doc.select(".pledge-text p")).hasSize(4);
        assertThat(doc.selectFirst(".pledge-text").text()).contains("Tôi lên tiếng sớm với bố mẹ, thầy cô, công an hoặc gọi 111.");
        assertThat(doc.selectFirst("canvas.js-pledge-canvas")).isNotNull();
        List<Element> posters = doc.select("section[aria-labelledby=pledge-wall-title] a.button");
        assertThat(posters).as("the pledge-wall printable of content/print/ is linked directly").isNotEmpty()
                .allMatch(a -> a.attr("href").matches("\\.\\./downloads/print/buc-tuong-an-toan-so-[a-z0-9-]+\\.pdf"))
                .allMatch(a -> java.nio.file.Files.isRegularFile(out.resolve(a.attr("href").substring(3))));
        assertThat(doc.select("form")).as("nothing is submitted anywhere").isEmpty();
    }

    @Test
    void campaignBannerIsCorrectAtBuildTimeOnEveryPageButHome() {
        // built on 2025-10-20; the national period ends 2025-11-30: 42 days including the last
        Element banner = page("tips/index.html").selectFirst(".js-campaign-window");
        assertThat(banner.text()).isEqualTo("Còn 42 ngày cao điểm toàn quốc: 06/10/2025 – 30/11/2025");
        assertThat(banner.attr("data-start")).isEqualTo("2025-10-06");
        assertThat(banner.attr("data-end")).isEqualTo("2025-11-30");
        assertThat(page("quizzes/index.html").select(".campaign-banner")).hasSize(1);
        assertThat(page("index.html").select(".campaign-banner")).isEmpty();
    }

    @Test
    void searchIndexCoversEveryKindOfPageAndIsLinkedFromEveryPage() {
        String index = BuiltSite.read(out.resolve("search/index.js"));
        assertThat(index).startsWith("campaignSearchIndex({").endsWith("});\n");
        for (String kind : List.of("\"tip\"", "\"post\"", "\"contest\"", "\"hashtag\"", "\"quiz\"", "\"scenario\"", "\"province\"")) {
            assertThat(index).contains("[" + kind + ",");
        }
        assertThat(index).contains("Trường Tiểu học Mẫu Lê Lợi\\t");
        Element box = page("tips/index.html").selectFirst(".js-search");
        assertThat(box.attr("data-index")).startsWith("../search/index.js?v=");
        assertThat(box.attr("data-script")).startsWith("../assets/js/search.js");
        assertThat(box.hasClass("needs-script")).as("hidden where scripting is off, present from the start otherwise (no layout shift)").isTrue();
        assertThat(box.hasAttr("hidden")).isFalse();
        assertThat(BuiltSite.read(out.resolve("tips/index.html"))).doesNotContain("search.js\" defer").doesNotContain("<script src=\"../search/");
    }
}

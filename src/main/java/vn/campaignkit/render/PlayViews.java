package vn.campaignkit.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.campaignkit.model.Quiz;
import vn.campaignkit.model.Scenario;

/** Template views of quizzes and role-play scenarios (what {@code page.detail} holds on their pages). */
public final class PlayViews {
    /** Prefix of scene anchors, so scene ids never collide with the page's own ids. */
    public static final String SCENE_ANCHOR = "canh-";

    private PlayViews() {
    }

    /** A quiz as templates see it; {@code printPath} is its printable classroom version. */
    public record QuizDetail(String title, List<QuestionView> questions, int total, String printPath, String quizPath) {
    }

    /** A question; {@code letter} answers are labelled A, B, C… on paper. */
    public record QuestionView(int number, String id, String text, boolean multiple, List<AnswerView> answers,
                               String correctLetters) {
    }

    /** An answer with its feedback. */
    public record AnswerView(String id, String letter, String text, boolean correct, String why) {
    }

    /** A scenario as templates see it. */
    public record ScenarioDetail(String startAnchor, int sceneCount, int endingCount, List<SceneView> scenes) {
    }

    /** A scene; {@code outcome} is "", "safe" or "unsafe". */
    public record SceneView(String anchor, String id, String heading, List<String> paragraphs, List<ChoiceView> choices,
                            String outcome, List<String> lesson, boolean start) {
    }

    /** A choice linking to another scene's anchor. */
    public record ChoiceView(String text, String anchor) {
    }

    public static String printPath(Quiz quiz) {
        return quiz.route().sitePath() + "print/";
    }

    public static QuizDetail quiz(Quiz quiz) {
        List<QuestionView> questions = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            Quiz.Question q = quiz.questions().get(i);
            String qid = "cau-" + (i + 1);
            List<AnswerView> answers = new ArrayList<>();
            StringBuilder letters = new StringBuilder();
            for (int j = 0; j < q.answers().size(); j++) {
                Quiz.Answer a = q.answers().get(j);
                String letter = letter(j);
                answers.add(new AnswerView(qid + "-" + letter.toLowerCase(java.util.Locale.ROOT), letter, a.text(), a.correct(), a.why()));
                if (a.correct()) {
                    letters.append(letters.length() == 0 ? "" : ", ").append(letter);
                }
            }
            questions.add(new QuestionView(i + 1, qid, q.text(), q.multiple(), List.copyOf(answers), letters.toString()));
        }
        return new QuizDetail(quiz.title(), List.copyOf(questions), questions.size(), printPath(quiz), quiz.route().sitePath());
    }

    public static ScenarioDetail scenario(Scenario s) {
        List<SceneView> scenes = new ArrayList<>();
        for (Scenario.Scene scene : s.scenes()) {
            List<ChoiceView> choices = scene.choices().stream().map(c -> new ChoiceView(c.text(), SCENE_ANCHOR + c.to())).toList();
            String outcome = scene.outcome().map(o -> o == Scenario.Outcome.SAFE ? "safe" : "unsafe").orElse("");
            scenes.add(new SceneView(SCENE_ANCHOR + scene.id(), scene.id(), scene.heading().orElse(""), paragraphs(scene.text()),
                    choices, outcome, scene.lesson().map(PlayViews::paragraphs).orElse(List.of()), scene.id().equals(s.start())));
        }
        // the start scene comes first on the page, whatever its place in the file
        scenes.sort((a, b) -> Boolean.compare(b.start(), a.start()));
        long endings = s.scenes().stream().filter(Scenario.Scene::isEnding).count();
        return new ScenarioDetail(SCENE_ANCHOR + s.start(), scenes.size(), (int) endings, List.copyOf(scenes));
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** Plain text split into paragraphs at blank lines; single line breaks become spaces. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
                .filter(p -> !p.isEmpty()).toList();
    }
}

package vn.campaignkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.schema.ContentSchema;

/** Reads a quiz file: {@code questions:} each with {@code question}, optional {@code multiple} and {@code answers}. */
final class QuizReader {
    static final Set<String> QUIZ_KEYS = ContentSchema.QUIZ.keys();
    static final Set<String> QUESTION_KEYS = ContentSchema.QUESTIONS.itemKeys();
    static final Set<String> ANSWER_KEYS = ContentSchema.QUESTIONS.itemOf("answers").itemKeys();

    private QuizReader() {
    }

    static Optional<Page> read(ContentFile file, Fields f, String stem) {
        f.rejectUnknownKeys(QUIZ_KEYS, "a quiz");
        Optional<String> title = f.requiredText("title");
        Optional<Slug> slug = PageInfoReader.slug(f, stem);
        if (!f.has("questions")) {
            f.problems().add(f.path(), f.line("questions"), f.col("questions"), "a quiz needs 'questions:'",
                    "add a list of questions, each with 'question:' and 'answers:'");
        }
        List<Quiz.Question> questions = new ArrayList<>();
        boolean ok = true;
        for (Fields q : f.groups("questions")) {
            Optional<Quiz.Question> question = question(q);
            question.ifPresent(questions::add);
            ok &= question.isPresent();
        }
        if (title.isEmpty() || slug.isEmpty() || !ok || questions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(PageInfoReader.read(f, file, slug.get(), Route.of("quizzes", slug.get().value()), title.get()),
                List.copyOf(questions)));
    }

    private static Optional<Quiz.Question> question(Fields q) {
        q.rejectUnknownKeys(QUESTION_KEYS, "a quiz question");
        Optional<String> text = q.requiredText("question");
        Optional<Boolean> multiple = q.bool("multiple");
        List<Quiz.Answer> answers = new ArrayList<>();
        boolean ok = text.isPresent();
        for (Fields a : q.groups("answers")) {
            a.rejectUnknownKeys(ANSWER_KEYS, "an answer");
            Optional<String> answer = a.requiredText("text");
            Optional<String> why = a.text("why");
            if (why.isEmpty()) {
                a.problems().add(a.path(), a.line("text"), a.col("text"), "this answer has no 'why:'",
                        "explain in one or two sentences why this answer is right or wrong");
            }
            boolean correct = a.bool("correct").orElse(false);
            ok &= answer.isPresent() && why.isPresent();
            answer.ifPresent(t -> answers.add(new Quiz.Answer(t, correct, why.orElse(""))));
        }
        long correct = answers.stream().filter(Quiz.Answer::correct).count();
        if (answers.size() < 2) {
            q.problems().add(q.path(), q.line("answers"), q.col("answers"), "a question needs at least two answers",
                    "add 'answers:' with two or more items, each with 'text:' and 'why:'");
            return Optional.empty();
        }
        if (correct == 0) {
            q.problemAt("answers", "no answer of this question is marked 'correct: true'", "mark the right answer with 'correct: true'");
            return Optional.empty();
        }
        if (multiple.isPresent() && !multiple.get() && correct > 1) {
            q.problemAt("multiple", "'multiple: false' but " + correct + " answers are correct",
                    "remove 'multiple: false' or mark only one answer 'correct: true'");
            return Optional.empty();
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Quiz.Question(text.get(), multiple.orElse(correct > 1), List.copyOf(answers)));
    }
}

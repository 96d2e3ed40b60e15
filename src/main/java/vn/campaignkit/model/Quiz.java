package vn.campaignkit.model;

import java.util.List;

/** A quiz: questions answered one at a time, each answer explaining why it is right or wrong. */
public record Quiz(PageInfo info, List<Question> questions) implements Page {

    /** One question; {@code multiple} questions take every correct answer, the others exactly one. */
    public record Question(String text, boolean multiple, List<Answer> answers) {
        public long correctCount() {
            return answers.stream().filter(Answer::correct).count();
        }
    }

    /** One answer and the feedback that explains it. */
    public record Answer(String text, boolean correct, String why) {
    }

    @Override
    public String template() {
        return "quiz";
    }
}

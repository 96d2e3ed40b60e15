package vn.campaignkit.scaffold;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of content {@code new} can start, each with its content folder and archetype file. */
public enum ContentKind {
    TIP("tips"),
    SCHOOL("schools"),
    CONTEST("contests"),
    HASHTAG("hashtags"),
    PAGE("pages"),
    POST("posts"),
    QUIZ("quizzes"),
    SCENARIO("scenarios"),
    FRAME("frames"),
    PRINTABLE("print");

    private final String folder;

    ContentKind(String folder) {
        this.folder = folder;
    }

    /** The word used on the command line and as the archetype's file name: {@code tip}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Site-relative folder the new file goes into: {@code content/tips}. */
    public String folder() {
        return "content/" + folder;
    }

    /** Site-relative archetype path, also the built-in resource name: {@code templates/archetypes/tip.md}. */
    public String archetype() {
        return "templates/archetypes/" + word() + ".md";
    }

    public static Optional<ContentKind> fromWord(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word().equals(word.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String words() {
        return Arrays.stream(values()).map(ContentKind::word).collect(Collectors.joining("|"));
    }
}

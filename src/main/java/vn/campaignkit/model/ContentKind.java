package vn.campaignkit.model;

import java.util.Arrays;
import java.util.Optional;

/** The content folders and what each holds; {@code print} holds printables, which are not pages. */
public enum ContentKind {
    TIPS("tips"), HASHTAGS("hashtags"), CONTESTS("contests"), SCHOOLS("schools"), POSTS("posts"), PAGES("pages"), FRAMES("frames"), PRINT("print"),
    QUIZZES("quizzes"), SCENARIOS("scenarios");

    private final String folder;

    ContentKind(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public static Optional<ContentKind> ofFolder(String folder) {
        return Arrays.stream(values()).filter(k -> k.folder.equals(folder)).findFirst();
    }

    public static String folderList() {
        return String.join(", ", Arrays.stream(values()).map(k -> "content/" + k.folder + "/").toList());
    }
}

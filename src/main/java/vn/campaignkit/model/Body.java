package vn.campaignkit.model;

/** The Markdown body of a page and the line of the file it starts on. */
public record Body(String markdown, int firstLine) {
    public static final Body EMPTY = new Body("", 1);

    public boolean isBlank() {
        return markdown.isBlank();
    }
}

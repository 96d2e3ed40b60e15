package vn.campaignkit.model.print;

/** A piece of editor text (NFC) with the site-relative file and 1-based line and column it came from. */
public record PrintText(String text, String path, int line, int col) {
    public boolean isBlank() {
        return text.isBlank();
    }
}

package vn.campaignkit.derive.image;

/**
 * A string that will be drawn into an image, with where it came from so a missing glyph can be reported
 * at the right file, line and column ({@code what} names the field, e.g. {@code "top_text"}).
 */
public record DrawnText(String text, String path, int line, int col, String what) {
    public DrawnText {
        text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }
}

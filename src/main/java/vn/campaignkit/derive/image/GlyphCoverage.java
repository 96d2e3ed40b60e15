package vn.campaignkit.derive.image;

import java.util.Locale;
import vn.campaignkit.problem.Problems;

/** Checks, before anything is drawn, that every character of every drawn string exists in the fonts. */
public final class GlyphCoverage {
    private final TypeFaces faces;

    public GlyphCoverage(TypeFaces faces) {
        this.faces = faces;
    }

    /** Reports the first missing character of the text as a Problem; true when the text can be drawn. */
    public boolean check(DrawnText text, Problems problems) {
        int missing = faces.firstMissingCodePoint(text.text());
        if (missing < 0) {
            return true;
        }
        String shown = Character.isISOControl(missing) ? "" : "'" + new String(Character.toChars(missing)) + "' ";
        problems.add(text.path(), text.line(), text.col(),
                text.what() + ": the character " + shown + "(U+" + String.format(Locale.ROOT, "%04X", missing)
                        + ") is not in the font " + faces.familyName() + " and cannot be drawn into images",
                "remove it or replace it with a letter the font has (Vietnamese and Latin letters, digits, common punctuation)");
        return false;
    }
}

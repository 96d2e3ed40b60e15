package vn.campaignkit.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Vietnamese text to ASCII slugs: lower-case, diacritics removed, đ/Đ → d, other runs → '-'. */
public final class SlugRules {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SlugRules() {
    }

    /** The slug of a title or file name; empty when nothing ASCII is left (e.g. only emoji). */
    public static Optional<Slug> slugify(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = withoutMarks(s).toLowerCase(Locale.ROOT);
        s = EDGE_DASHES.matcher(NOT_SLUG.matcher(s).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? Optional.empty() : Optional.of(new Slug(s));
    }

    /** Folds text for diacritic-insensitive search: "Lê Lợi" → "le loi". */
    public static String fold(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(withoutMarks(s).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The text decomposed with its combining marks removed; plain ASCII needs neither step. */
    private static String withoutMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return s;
    }

    /** Why an explicit {@code slug:} is unsafe, if it is: it must never be rewritten silently. */
    public static Optional<String> unsafeReason(String slug) {
        if (slug.contains("/") || slug.contains("\\")) {
            return Optional.of("contains a slash");
        }
        if (slug.contains("..")) {
            return Optional.of("contains '..'");
        }
        if (slug.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x7f)) {
            return Optional.of("contains a control character");
        }
        return Optional.empty();
    }
}

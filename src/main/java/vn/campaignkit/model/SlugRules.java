package vn.campaignkit.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Vietnamese text to ASCII slugs: lower-case, diacritics removed, đ/Đ → d, other runs → '-'. */
public final class SlugRules {
    private SlugRules() {
    }

    /** The slug of a title or file name; empty when nothing ASCII is left (e.g. only emoji). */
    public static Optional<Slug> slugify(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? Optional.empty() : Optional.of(new Slug(s));
    }

    /** Folds text for diacritic-insensitive search: "Lê Lợi" → "le loi". */
    public static String fold(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
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

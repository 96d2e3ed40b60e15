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

    /**
     * The longest slug, in characters. A school's slug appears twice in the path of its kit
     * ({@code schools/<province>/<school>/an-pham/bo-an-pham-<school>.zip}), which must stay within
     * {@link vn.campaignkit.check.OutputClaims#PATH_BUDGET}; and people read, type and share URLs.
     */
    public static final int MAX_LENGTH = 50;

    private SlugRules() {
    }

    /** True when the slug is longer than {@link #MAX_LENGTH}. */
    public static boolean tooLong(Slug slug) {
        return slug.value().length() > MAX_LENGTH;
    }

    /**
     * The slug cut after its last whole word that fits {@link #MAX_LENGTH} (mid-word only when the first word is
     * longer than that): {@code truong-trung-hoc-pho-thong-chuyen-le-hong-phong-thanh-pho-ho-chi-minh} →
     * {@code truong-trung-hoc-pho-thong-chuyen-le-hong-phong}. The same slug always gives the same result.
     */
    public static Slug shortened(Slug slug) {
        String v = slug.value();
        if (v.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = v.lastIndexOf('-', MAX_LENGTH);
        String head = cut > 0 ? v.substring(0, cut) : v.substring(0, MAX_LENGTH);
        return new Slug(EDGE_DASHES.matcher(head).replaceAll(""));
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

package vn.campaignkit.scaffold;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The file name a title gives (SPEC §4 slug rule): lower-case ASCII, diacritics removed, đ/Đ → d,
 * every other run of characters → one '-', no '-' at either end; long titles are cut at a word end.
 */
final class TitleSlug {
    static final int MAX_LENGTH = 80;

    private TitleSlug() {
    }

    static String of(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'd').replace('Ð', 'd')
                .toLowerCase(Locale.ROOT);
        String slug = decomposed.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return slug;
    }
}

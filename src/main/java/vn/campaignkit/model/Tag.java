package vn.campaignkit.model;

import java.util.Locale;

/** A tag (hashtag without '#'): tags equal after NFC and case-folding are one. */
public record Tag(String name, String key, Slug slug) implements Comparable<Tag> {

    public static String keyOf(String name) {
        return vn.campaignkit.source.Nfc.of(name).toLowerCase(Locale.ROOT);
    }

    public String hashtag() {
        return "#" + name;
    }

    @Override
    public int compareTo(Tag o) {
        return slug.compareTo(o.slug);
    }
}

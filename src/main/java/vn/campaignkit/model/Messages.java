package vn.campaignkit.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interface texts of one language, from its message file ({@code templates/messages/en.yaml}): sections of
 * keys ({@code nav.menu}). Templates read them as {@code msg.nav.menu}; Java reads {@link #text}. A text may hold
 * named places such as {@code {count}}, filled by {@link #fill}. Every key is checked when the files are read
 * ({@link MessageFiles}), so a lookup here never misses.
 */
public final class Messages {
    private final String code;
    private final Map<String, Map<String, String>> sections;

    Messages(String code, Map<String, Map<String, String>> sections) {
        this.code = code;
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((name, keys) -> copy.put(name, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys))));
        this.sections = java.util.Collections.unmodifiableMap(copy);
    }

    /** The language these texts are in. */
    public String code() {
        return code;
    }

    /** Every section with its keys, in the file's order: what templates see as {@code msg}. */
    public Map<String, Map<String, String>> sections() {
        return sections;
    }

    /** The text of {@code section.key}. */
    public String text(String dottedKey) {
        return find(dottedKey).orElseThrow(() -> new IllegalStateException("message " + dottedKey + " is not in the " + code + " messages"));
    }

    /** The text of {@code section.key}, or empty when there is no such text (a key written in a script). */
    public java.util.Optional<String> find(String dottedKey) {
        int dot = dottedKey.indexOf('.');
        Map<String, String> section = dot < 0 ? null : sections.get(dottedKey.substring(0, dot));
        return java.util.Optional.ofNullable(section == null ? null : section.get(dottedKey.substring(dot + 1)));
    }

    /** The text of {@code dottedKey} with its places filled: {@code fill("home.all_tips", "count", 21)}. */
    public String fill(String dottedKey, Object... namesAndValues) {
        return fillIn(text(dottedKey), namesAndValues);
    }

    /** Replaces each {@code {name}} of {@code text} by its value; names and values alternate. */
    public static String fillIn(String text, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values should come in pairs");
        }
        String out = text;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out = out.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return out;
    }
}

package vn.campaignkit.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * One language the site is published in: its code, where its pages live (the default language at the root,
 * another under {@code en/}), its interface texts and how it writes dates.
 *
 * @param routePrefix "" for the default language, else the code and a slash ({@code en/})
 * @param datePattern the pattern of {@code dateFormat} ({@code dd/MM/yyyy}), for the scripts' dates
 */
public record Language(String code, String routePrefix, Messages messages, String datePattern, DateTimeFormatter dateFormat) {

    /** A language writing dates with {@code datePattern}, or with its messages' {@code dates.format} when that is "". */
    public static Language of(String code, String routePrefix, Messages messages, String datePattern) {
        String pattern = datePattern.isEmpty() ? messages.text("dates.format") : datePattern;
        return new Language(code, routePrefix, messages, pattern, DateTimeFormatter.ofPattern(pattern, locale(code)));
    }

    /** The default language {@code code} with the jar's own messages: what a site without message files gets. */
    public static Language builtIn(String code) {
        return of(code, "", MessageFiles.builtIn(code), "");
    }

    /** The language's {@link Locale}, for month names. */
    public static Locale locale(String code) {
        return Locale.forLanguageTag(code);
    }

    public boolean isDefault() {
        return routePrefix.isEmpty();
    }

    /** The language's name in itself ("Tiếng Việt", "English"), for the language switcher. */
    public String name() {
        return messages.text("language.name");
    }

    /** A date as this language writes it. */
    public String date(LocalDate day) {
        return day.format(dateFormat);
    }

    public String date(Optional<LocalDate> day) {
        return day.map(this::date).orElse("");
    }

    /**
     * The source a translation translates: {@code content/tips/x.en.md} → {@code content/tips/x.md}. A file of the
     * default language is its own original.
     */
    public String originalOf(String source) {
        String suffix = "." + code + ".md";
        return !isDefault() && source.endsWith(suffix) ? source.substring(0, source.length() - suffix.length()) + ".md" : source;
    }
}

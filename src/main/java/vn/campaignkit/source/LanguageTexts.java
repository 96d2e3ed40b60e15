package vn.campaignkit.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.config.SiteConfig;

/**
 * The texts of site.yaml that each language writes in its own words: title, tagline, description, the campaign's
 * note, the hotlines' names and notes, the organisers, the pledge and the date format. A language entry gives any
 * of them; what it leaves out is site.yaml's.
 */
record LanguageTexts(String title, String tagline, String description, String campaignNote, List<SiteConfig.Hotline> hotlines,
                     List<String> organisers, String pledge, String dateFormat) {
    /** The keys a language entry may override (besides {@code code}). */
    static final Set<String> KEYS = Set.of("title", "tagline", "description", "campaign", "hotlines", "organisers", "pledge",
            "date_format");

    /** What a site.yaml that says nothing gets. */
    static final LanguageTexts DEFAULTS = new LanguageTexts("Chiến dịch an toàn trực tuyến", "", "", "",
            List.of(SiteConfig.HOTLINE_111), List.of(), "", "");

    /** The same texts without a date format: another language writes dates its own way (its messages' dates.format). */
    LanguageTexts withoutDateFormat() {
        return new LanguageTexts(title, tagline, description, campaignNote, hotlines, organisers, pledge, "");
    }

    /** The texts {@code f} gives, the others from {@code fallback}. */
    static LanguageTexts read(Fields f, LanguageTexts fallback) {
        String campaignNote = f.group("campaign").flatMap(c -> c.text("start_note")).orElse(fallback.campaignNote());
        List<SiteConfig.Hotline> hotlines = f.has("hotlines") ? hotlines(f) : fallback.hotlines();
        List<String> organisers = f.has("organisers") ? f.texts("organisers") : fallback.organisers();
        return new LanguageTexts(f.text("title").orElse(fallback.title()), f.text("tagline").orElse(fallback.tagline()),
                f.text("description").orElse(fallback.description()), campaignNote, hotlines, organisers,
                f.text("pledge").orElse(fallback.pledge()), dateFormat(f).orElse(fallback.dateFormat()));
    }

    SiteConfig config(String code, Optional<String> baseUrl, List<String> hashtags, Optional<LocalDate> start,
                      Optional<LocalDate> end, SiteConfig.Colours colours, Map<String, Object> extra, List<SiteConfig> others) {
        return new SiteConfig(title, tagline, description, code, baseUrl, List.copyOf(hashtags), start, end, campaignNote,
                List.copyOf(hotlines), organisers, pledge, colours, extra, dateFormat, List.copyOf(others));
    }

    private static List<SiteConfig.Hotline> hotlines(Fields f) {
        List<SiteConfig.Hotline> hotlines = new ArrayList<>();
        for (Fields h : f.groups("hotlines")) {
            h.rejectUnknownKeys(Set.of("number", "name", "note"), "a hotline");
            Optional<String> number = h.requiredText("number");
            Optional<String> name = h.requiredText("name");
            if (number.isPresent() && name.isPresent()) {
                hotlines.add(new SiteConfig.Hotline(number.get(), name.get(), h.text("note").orElse("")));
            }
        }
        return hotlines;
    }

    private static Optional<String> dateFormat(Fields f) {
        Optional<String> pattern = f.text("date_format");
        if (pattern.isEmpty()) {
            return pattern;
        }
        try {
            String sample = DateTimeFormatter.ofPattern(pattern.get()).format(LocalDate.of(2025, 10, 6));
            if (sample.isBlank()) {
                throw new IllegalArgumentException("empty");
            }
            return pattern;
        } catch (IllegalArgumentException | DateTimeException e) {
            f.problemAt("date_format", "date_format \"" + pattern.get() + "\" is not a date pattern",
                    "write it with d, M and y, e.g. \"dd/MM/yyyy\" (06/10/2025) or \"d MMMM yyyy\" (6 October 2025)");
            return Optional.empty();
        }
    }
}

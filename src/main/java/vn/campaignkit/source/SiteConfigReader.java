package vn.campaignkit.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.problem.Problems;

/** Reads {@code site.yaml} into a {@link SiteConfig}; a missing file gives sensible defaults. */
public final class SiteConfigReader {
    private static final Set<String> KEYS = Set.of("title", "tagline", "description", "language", "base_url", "hashtags",
            "campaign", "hotlines", "organisers", "pledge", "colours", "fonts", "extra", "languages", "date_format");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern HASHTAG = Pattern.compile("#?[\\p{L}\\p{N}_]+");

    public SiteConfig read(Optional<SourceFile> file, Optional<String> baseUrlOverride, Problems problems) {
        YamlNode.Mapping root = new YamlNode.Mapping(List.of(), 1, 1);
        if (file.isPresent()) {
            try {
                byte[] bytes = Files.readAllBytes(file.get().file());
                Optional<String> text = TextDecoder.decode("site.yaml", bytes, problems);
                if (text.isPresent()) {
                    root = YamlReader.readMapping("site.yaml", text.get(), 1, problems).orElse(root);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Fields f = new Fields("site.yaml", root, problems);
        f.rejectUnknownKeys(KEYS, "site.yaml");
        Optional<String> baseUrl = baseUrlOverride.or(() -> f.text("base_url"))
                .flatMap(u -> checkBaseUrl(u, f, baseUrlOverride.isPresent()));
        List<String> hashtags = new ArrayList<>();
        for (int i = 0; i < f.texts("hashtags").size(); i++) {
            String h = f.texts("hashtags").get(i);
            if (!HASHTAG.matcher(h).matches()) {
                int[] at = f.itemPosition("hashtags", i);
                problems.add("site.yaml", at[0], at[1], "hashtag \"" + h + "\" may only contain letters, digits and _", "write it like \"#khongmotminh\"");
            } else {
                hashtags.add(h.startsWith("#") ? h : "#" + h);
            }
        }
        Optional<Fields> campaign = f.group("campaign");
        var start = campaign.flatMap(c -> c.date("start"));
        var end = campaign.flatMap(c -> c.date("end"));
        campaign.ifPresent(c -> c.rejectUnknownKeys(Set.of("start", "end", "start_note"), "campaign"));
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            campaign.get().problemAt("end", "the campaign ends before it starts", "check campaign.start and campaign.end");
        }
        SiteConfig.Colours colours = f.group("colours").map(c -> readColours(c)).orElse(SiteConfig.Colours.DEFAULT);
        f.group("fonts").ifPresent(g -> g.rejectUnknownKeys(Set.of(), "fonts (Be Vietnam Pro is built in)"));
        String language = f.text("language").orElse("vi");
        if (!LanguageEntries.isCode(language)) {
            f.problemAt("language", "language \"" + language + "\" is not a language code", "use vi");
        }
        LanguageTexts siteTexts = LanguageTexts.read(f, LanguageTexts.DEFAULTS);
        List<LanguageEntries.Entry> entries = LanguageEntries.read(f, language);
        Map<String, Object> extra = f.freeForm("extra");
        List<SiteConfig> others = new ArrayList<>();
        for (LanguageEntries.Entry e : entries.subList(Math.min(1, entries.size()), entries.size())) {
            others.add(LanguageTexts.read(e.fields(), siteTexts.withoutDateFormat()).config(e.code(), baseUrl, hashtags, start, end, colours, extra,
                    List.of()));
        }
        String defaultCode = entries.isEmpty() ? language : entries.get(0).code();
        LanguageTexts texts = entries.isEmpty() ? siteTexts : LanguageTexts.read(entries.get(0).fields(), siteTexts);
        return texts.config(defaultCode, baseUrl, hashtags, start, end, colours, extra, others);
    }

    private SiteConfig.Colours readColours(Fields c) {
        c.rejectUnknownKeys(Set.of("primary", "accent", "dark", "light"), "colours");
        SiteConfig.Colours d = SiteConfig.Colours.DEFAULT;
        return new SiteConfig.Colours(colour(c, "primary", d.primary()), colour(c, "accent", d.accent()),
                colour(c, "dark", d.dark()), colour(c, "light", d.light()));
    }

    private String colour(Fields c, String key, String fallback) {
        Optional<String> v = c.text(key);
        if (v.isPresent() && !COLOUR.matcher(v.get()).matches()) {
            c.problemAt(key, "colour \"" + v.get() + "\" is not a #rrggbb colour", "write it like \"#0b5cad\" in quotes");
            return fallback;
        }
        return v.map(s -> s.toLowerCase(Locale.ROOT)).orElse(fallback);
    }

    private Optional<String> checkBaseUrl(String url, Fields f, boolean fromFlag) {
        String u = url.strip();
        if (!u.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            if (fromFlag) {
                f.problems().add("site.yaml", 0, 0, "--base-url \"" + u + "\" is not an http(s) address", "e.g. https://school.edu.vn/khongmotminh/");
            } else {
                f.problemAt("base_url", "base_url \"" + u + "\" is not an http(s) address", "e.g. https://school.edu.vn/khongmotminh/");
            }
            return Optional.empty();
        }
        return Optional.of(u.endsWith("/") ? u : u + "/");
    }

}

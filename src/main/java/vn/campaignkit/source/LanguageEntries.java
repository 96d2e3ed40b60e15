package vn.campaignkit.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code languages:} list of site.yaml: each item a language code ({@code - vi}) or a group with {@code code} and
 * that language's texts ({@code - code: en} / {@code title: "Not alone"} …). The first is the default language.
 */
final class LanguageEntries {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> ENTRY_KEYS;

    static {
        Set<String> keys = new HashSet<>(LanguageTexts.KEYS);
        keys.add("code");
        ENTRY_KEYS = Set.copyOf(keys);
    }

    /** One declared language: its code and the keys its entry gives (none for a bare code). */
    record Entry(String code, Fields fields) {
    }

    private LanguageEntries() {
    }

    static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }

    /** The declared languages in order; empty when site.yaml has no {@code languages:}. */
    static List<Entry> read(Fields site, String language) {
        Optional<YamlNode> node = site.has("languages") ? Optional.of(nodeOf(site)) : Optional.empty();
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            site.problemAt("languages", "'languages' should be a list of languages, the default first",
                    "write e.g. languages: [vi, en], or one '- code: en' group per language with its title and texts");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : seq.items()) {
            Optional<Entry> entry = entry(site, item);
            if (entry.isEmpty()) {
                continue;
            }
            if (!seen.add(entry.get().code())) {
                site.problems().add(site.path(), item.line(), item.col(), "language \"" + entry.get().code()
                        + "\" is declared twice", "list each language once");
                continue;
            }
            entries.add(entry.get());
        }
        if (!entries.isEmpty() && site.has("language") && !entries.get(0).code().equals(language)) {
            site.problemAt("language", "language \"" + language + "\" is not the first of 'languages' (\""
                    + entries.get(0).code() + "\")", "the first language of the list is the site's default: remove 'language:'");
        }
        return List.copyOf(entries);
    }

    private static YamlNode nodeOf(Fields site) {
        return site.node("languages").orElseThrow();
    }

    private static Optional<Entry> entry(Fields site, YamlNode item) {
        YamlNode.Mapping empty = new YamlNode.Mapping(List.of(), item.line(), item.col());
        if (item instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            return code(site, s.text().strip(), item).map(c -> new Entry(c, new Fields(site.path(), empty, site.problems())));
        }
        if (item instanceof YamlNode.Mapping m) {
            Fields f = new Fields(site.path(), m, site.problems());
            f.rejectUnknownKeys(ENTRY_KEYS, "a language");
            f.group("campaign").ifPresent(c -> c.rejectUnknownKeys(Set.of("start_note"),
                    "a language's campaign (the dates are the same in every language)"));
            Optional<String> code = f.requiredText("code");
            if (code.isEmpty()) {
                return Optional.empty();
            }
            return code(site, code.get(), m.get("code").orElse(item)).map(c -> new Entry(c, f));
        }
        site.problems().add(site.path(), item.line(), item.col(), "each language should be a code such as en, or a group with 'code:'", "");
        return Optional.empty();
    }

    private static Optional<String> code(Fields site, String code, YamlNode at) {
        if (!isCode(code)) {
            site.problems().add(site.path(), at.line(), at.col(), "language \"" + code + "\" is not a language code",
                    "use a code such as vi or en");
            return Optional.empty();
        }
        return Optional.of(code);
    }
}

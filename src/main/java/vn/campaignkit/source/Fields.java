package vn.campaignkit.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.campaignkit.problem.Problems;

/**
 * Typed, position-aware reading of one YAML mapping. Every wrong value becomes a problem pointing at
 * the value's line and column; the raw YAML tree never leaves the {@code source} stage.
 */
public final class Fields {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final java.util.Set<String> TRUE_WORDS = java.util.Set.of("true", "yes", "on");
    private static final java.util.Set<String> FALSE_WORDS = java.util.Set.of("false", "no", "off");

    private final String path;
    private final YamlNode.Mapping map;
    private final Problems problems;

    public Fields(String path, YamlNode.Mapping map, Problems problems) {
        this.path = path;
        this.map = map;
        this.problems = problems;
    }

    public String path() {
        return path;
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        return map.get(key).filter(v -> !isNull(v)).isPresent();
    }

    /** Line of a key (or of the mapping when absent). */
    public int line(String key) {
        return map.entry(key).map(YamlNode.Entry::line).orElse(map.line());
    }

    public int col(String key) {
        return map.entry(key).map(YamlNode.Entry::col).orElse(map.col());
    }

    /** Position of the value of a key. */
    public int valueLine(String key) {
        return map.get(key).map(YamlNode::line).orElse(line(key));
    }

    public int valueCol(String key) {
        return map.get(key).map(YamlNode::col).orElse(col(key));
    }

    public void problemAt(String key, String message, String hint) {
        problems.add(path, valueLine(key), valueCol(key), message, hint);
    }

    /** Reports every key not in {@code allowed}, with a did-you-mean hint. */
    public void rejectUnknownKeys(Collection<String> allowed, String kindName) {
        for (YamlNode.Entry e : map.entries()) {
            if (!allowed.contains(e.key())) {
                String hint = DidYouMean.closest(e.key(), allowed)
                        .map(k -> "did you mean '" + k + "'? Free values go under 'extra:'")
                        .orElse("allowed keys for " + kindName + ": " + String.join(", ", allowed.stream().sorted().toList()));
                problems.add(path, e.line(), e.col(), "unknown key '" + e.key() + "' for " + kindName, hint);
            }
        }
    }

    public Optional<String> text(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() || isNull(node.get())) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s) {
            String t = s.text().strip();
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }
        problems.add(path, node.get().line(), node.get().col(), "'" + key + "' should be a single text value, not " + node.get().describe(), "");
        return Optional.empty();
    }

    public Optional<String> requiredText(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty() && !map.get(key).filter(v -> !(v instanceof YamlNode.Scalar)).isPresent()) {
            problems.add(path, line(key), col(key), "'" + key + "' is required", "add a line '" + key + ": …' to the front matter");
        }
        return value;
    }

    public Optional<LocalDate> date(String key) {
        return text(key).flatMap(t -> parseDate(key, t));
    }

    public Optional<LocalDate> requiredDate(String key) {
        if (!has(key)) {
            problems.add(path, line(key), col(key), "'" + key + "' is required", "add a line '" + key + ": YYYY-MM-DD'");
            return Optional.empty();
        }
        return date(key);
    }

    private Optional<LocalDate> parseDate(String key, String text) {
        try {
            return Optional.of(LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            problemAt(key, key + " \"" + text + "\" is not a date", "use YYYY-MM-DD, a day that exists, e.g. 2025-11-30");
            return Optional.empty();
        }
    }

    public Optional<Boolean> bool(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() || isNull(node.get())) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s
                && (s.type() == YamlNode.ScalarType.BOOLEAN || s.type() == YamlNode.ScalarType.STRING)) {
            // The parser reads YAML 1.1 booleans: 'draft: yes' and 'draft: on' are true (Boolean.parseBoolean
            // said false and published the draft); a quoted "true" means the same to an editor.
            String t = s.text().strip().toLowerCase(java.util.Locale.ROOT);
            if (TRUE_WORDS.contains(t)) {
                return Optional.of(true);
            }
            if (FALSE_WORDS.contains(t)) {
                return Optional.of(false);
            }
        }
        problemAt(key, "'" + key + "' should be true or false, not " + node.get().describe(), "write " + key + ": true or " + key + ": false");
        return Optional.empty();
    }

    public OptionalInt integer(String key, int min, int max) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() || isNull(node.get())) {
            return OptionalInt.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER) {
            try {
                int v = Integer.parseInt(s.text().strip());
                if (v >= min && v <= max) {
                    return OptionalInt.of(v);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        problemAt(key, "'" + key + "' should be a whole number from " + min + " to " + max + ", not " + node.get().describe(), "");
        return OptionalInt.empty();
    }

    /** A text or a list of texts, as a list. */
    public List<String> texts(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() || isNull(node.get())) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Scalar s) {
            return s.text().isBlank() ? List.of() : List.of(s.text().strip());
        }
        if (node.get() instanceof YamlNode.Sequence seq) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !isNull(s)) {
                    if (!s.text().isBlank()) {
                        out.add(s.text().strip());
                    }
                } else {
                    problems.add(path, item.line(), item.col(), "each item of '" + key + "' should be a text, not " + item.describe(), "");
                }
            }
            return List.copyOf(out);
        }
        problemAt(key, "'" + key + "' should be a list of texts, not " + node.get().describe(), "write it as [a, b] or as lines '- a'");
        return List.of();
    }

    /** Position of the n-th item of a list value (or of the value itself). */
    public int[] itemPosition(String key, int index) {
        Optional<YamlNode> node = map.get(key);
        if (node.isPresent() && node.get() instanceof YamlNode.Sequence seq && index < seq.items().size()) {
            YamlNode item = seq.items().get(index);
            return new int[] {item.line(), item.col()};
        }
        return new int[] {valueLine(key), valueCol(key)};
    }

    /** A nested group of keys. */
    public Optional<Fields> group(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() || isNull(node.get())) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(path, m, problems));
        }
        problemAt(key, "'" + key + "' should be a group of 'key: value' lines, not " + node.get().describe(), "");
        return Optional.empty();
    }

    /** A list of groups, such as {@code hotlines}. */
    public List<Fields> groups(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() || isNull(node.get())) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence seq) {
            List<Fields> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Mapping m) {
                    out.add(new Fields(path, m, problems));
                } else {
                    problems.add(path, item.line(), item.col(), "each item of '" + key + "' should be a group of keys", "");
                }
            }
            return out;
        }
        problemAt(key, "'" + key + "' should be a list", "");
        return List.of();
    }

    /** Free-form values (for {@code extra:}), as plain Java maps, lists and strings for templates. */
    public Map<String, Object> freeForm(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() || isNull(node.get())) {
            return Map.of();
        }
        if (node.get() instanceof YamlNode.Mapping m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) plain(m);
            return values;
        }
        problemAt(key, "'" + key + "' should be a group of 'key: value' lines", "");
        return Map.of();
    }

    private static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.type() == YamlNode.ScalarType.NULL ? "" : s.text();
        }
        if (node instanceof YamlNode.Sequence seq) {
            return seq.items().stream().map(Fields::plain).toList();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((YamlNode.Mapping) node).entries().forEach(e -> out.put(e.key(), plain(e.value())));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The raw value of a key, for readers of shapes Fields has no method for. */
    public Optional<YamlNode> node(String key) {
        return map.get(key);
    }

    public List<String> keys() {
        return map.entries().stream().map(YamlNode.Entry::key).toList();
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL;
    }
}

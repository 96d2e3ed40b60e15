package vn.campaignkit.model.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.YamlNode;

/** Typed access to front-matter keys of one file, reporting wrong types with the key's position. */
final class FieldReader {
    private final String path;
    private final YamlNode.Mapping fm;
    private final Problems problems;

    FieldReader(String path, YamlNode.Mapping fm, Problems problems) {
        this.path = path;
        this.fm = fm;
        this.problems = problems;
    }

    void rejectUnknown(List<String> known) {
        for (YamlNode.Entry e : fm.entries()) {
            if (!known.contains(e.key())) {
                List<String> close = PrintableReader.suggestions(e.key(), known);
                problems.add(path, e.line(), e.col(), "unknown key '" + e.key() + "' for a printable",
                        close.isEmpty() ? "known keys: " + String.join(", ", known) + "; put your own values under 'extra:'"
                                : "did you mean '" + close.get(0) + "'?");
            }
        }
    }

    Optional<PrintText> requiredText(String key) {
        Optional<PrintText> value = text(key);
        if (value.isEmpty() && fm.entry(key).isEmpty()) {
            problems.add(path, fm.line(), 1, "'" + key + ":' is missing", "add a line '" + key + ": …' to the front matter");
        }
        return value;
    }

    Optional<PrintText> text(String key) {
        Optional<YamlNode.Entry> entry = fm.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        YamlNode value = entry.get().value();
        if (value instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL && !s.text().isBlank()) {
            return Optional.of(new PrintText(s.text(), path, s.line(), s.col()));
        }
        problems.add(path, value.line(), value.col(), "'" + key + "' should be text, not " + value.describe(),
                "write '" + key + ": \"…\"'");
        return Optional.empty();
    }

    Optional<Boolean> bool(String key) {
        return fm.get(key).flatMap(v -> {
            if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
                return Optional.of(Boolean.parseBoolean(s.text()));
            }
            problems.add(path, v.line(), v.col(), "'" + key + "' should be true or false, not " + v.describe());
            return Optional.empty();
        });
    }

    Optional<Integer> integer(String key, int min, int max) {
        return fm.get(key).flatMap(v -> {
            if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER) {
                try {
                    int n = Integer.parseInt(s.text());
                    if (n >= min && n <= max) {
                        return Optional.of(n);
                    }
                } catch (NumberFormatException tooLarge) {
                    // reported below
                }
            }
            problems.add(path, v.line(), v.col(), "'" + key + "' should be a whole number from " + min + " to " + max
                    + ", not " + v.describe());
            return Optional.empty();
        });
    }

    OptionalDouble decimal(String key, double min, double max) {
        Optional<YamlNode> node = fm.get(key);
        if (node.isEmpty()) {
            return OptionalDouble.empty();
        }
        YamlNode v = node.get();
        if (v instanceof YamlNode.Scalar s && (s.type() == YamlNode.ScalarType.INTEGER || s.type() == YamlNode.ScalarType.DECIMAL)) {
            double d = Double.parseDouble(s.text());
            if (d >= min && d <= max) {
                return OptionalDouble.of(d);
            }
        }
        problems.add(path, v.line(), v.col(), "'" + key + "' should be a number of millimetres from " + (int) min
                + " to " + (int) max + ", not " + v.describe(), "for example '" + key + ": 45'");
        return OptionalDouble.empty();
    }

    List<PrintText> textList(String key) {
        Optional<YamlNode> node = fm.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence seq)) {
            problems.add(path, node.get().line(), node.get().col(), "'" + key + "' should be a list, not " + node.get().describe(),
                    "write '" + key + ": [\"…\", \"…\"]'");
            return List.of();
        }
        List<PrintText> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL && !s.text().isBlank()) {
                out.add(new PrintText(s.text(), path, s.line(), s.col()));
            } else {
                problems.add(path, item.line(), item.col(), "each item of '" + key + "' should be text, not " + item.describe());
            }
        }
        return out;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

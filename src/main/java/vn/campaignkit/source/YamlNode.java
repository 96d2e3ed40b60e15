package vn.campaignkit.source;

import java.util.List;
import java.util.Optional;

/** A YAML value with the 1-based line and column of the file where it starts. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    int line();

    int col();

    /** What the editor wrote, for messages. */
    String describe();

    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    record Scalar(String text, ScalarType type, int line, int col) implements YamlNode {
        @Override
        public String describe() {
            return type == ScalarType.NULL ? "an empty value" : "\"" + text + "\"";
        }
    }

    record Sequence(List<YamlNode> items, int line, int col) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    record Entry(String key, int line, int col, YamlNode value) {
    }

    record Mapping(List<Entry> entries, int line, int col) implements YamlNode {
        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String describe() {
            return "a group of keys";
        }
    }
}

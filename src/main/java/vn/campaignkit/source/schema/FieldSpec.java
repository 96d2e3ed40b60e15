package vn.campaignkit.source.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One front-matter key: its type, whether it is required, the values it allows, the range of a number,
 * the keys of its items (for groups), and how a form names and explains it to an editor.
 */
public record FieldSpec(String key, FieldType type, boolean required, String label, String help, List<String> allowed,
                        int min, int max, List<FieldSpec> items, String defaultValue) {

    public FieldSpec {
        allowed = List.copyOf(allowed);
        items = List.copyOf(items);
    }

    static FieldSpec optional(String key, FieldType type, String label, String help) {
        return new FieldSpec(key, type, false, label, help, List.of(), 0, 0, List.of(), "");
    }

    static FieldSpec required(String key, FieldType type, String label, String help) {
        return new FieldSpec(key, type, true, label, help, List.of(), 0, 0, List.of(), "");
    }

    FieldSpec allowing(String... values) {
        return new FieldSpec(key, type, required, label, help, List.of(values), min, max, items, defaultValue);
    }

    FieldSpec allowing(List<String> values) {
        return new FieldSpec(key, type, required, label, help, values, min, max, items, defaultValue);
    }

    FieldSpec between(int low, int high) {
        return new FieldSpec(key, type, required, label, help, allowed, low, high, items, defaultValue);
    }

    FieldSpec withItems(FieldSpec... itemFields) {
        return new FieldSpec(key, type, required, label, help, allowed, min, max, List.of(itemFields), defaultValue);
    }

    /** The value the reader takes when the key is left out, as the form shows it ({@code true}, {@code ring}, {@code 6}). */
    FieldSpec defaulting(String value) {
        return new FieldSpec(key, type, required, label, help, allowed, min, max, items, value);
    }

    /** The keys an item of this group (or list of groups) accepts. */
    public Set<String> itemKeys() {
        return items.stream().map(FieldSpec::key).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<FieldSpec> item(String itemKey) {
        return items.stream().filter(f -> f.key.equals(itemKey)).findFirst();
    }

    /** The item spec of {@code itemKey}; a missing one is a programming mistake. */
    public FieldSpec itemOf(String itemKey) {
        return item(itemKey).orElseThrow(() -> new IllegalArgumentException(key + " has no item key " + itemKey));
    }
}

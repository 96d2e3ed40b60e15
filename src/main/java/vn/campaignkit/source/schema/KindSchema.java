package vn.campaignkit.source.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of one content kind. {@code word} is the kind's name on the command line and in archetype
 * file names ({@code tip}); {@code folder} is where its files live ({@code content/tips}).
 */
public record KindSchema(String word, String folder, String label, String description, List<FieldSpec> fields) {

    public KindSchema {
        fields = List.copyOf(fields);
    }

    /** Every key the kind accepts, in form order. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        fields.forEach(f -> keys.add(f.key()));
        return java.util.Collections.unmodifiableSet(keys);
    }

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The spec of {@code key}; a missing one is a programming mistake. */
    public FieldSpec fieldOf(String key) {
        return field(key).orElseThrow(() -> new IllegalArgumentException(word + " has no key " + key));
    }

    /** The allowed values of a choice key. */
    public List<String> allowed(String key) {
        return fieldOf(key).allowed();
    }

    public List<String> requiredKeys() {
        return fields.stream().filter(FieldSpec::required).map(FieldSpec::key).toList();
    }
}

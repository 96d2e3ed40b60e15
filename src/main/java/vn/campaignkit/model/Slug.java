package vn.campaignkit.model;

/** An ASCII URL segment, {@code [a-z0-9-]+}. */
public record Slug(String value) implements Comparable<Slug> {
    public Slug {
        if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
    }

    @Override
    public int compareTo(Slug o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

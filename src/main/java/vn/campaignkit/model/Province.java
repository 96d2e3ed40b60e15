package vn.campaignkit.model;

import java.util.List;

/** A province and its schools, sorted by name. */
public record Province(String name, Slug slug, List<School> schools) {
    public Route route() {
        return Route.of("schools", slug.value());
    }
}

package vn.campaignkit.model;

import java.util.Optional;

/** A participating school, from a file in {@code content/schools/} or a row of {@code data/schools.csv}. */
public record School(PageInfo info, String province, Slug provinceSlug, Optional<String> district,
                     Optional<String> level, Optional<String> address, Optional<String> website,
                     Optional<String> fanpage, Optional<String> localHotline, boolean sample) implements Page {
    @Override
    public String template() {
        return "school";
    }
}

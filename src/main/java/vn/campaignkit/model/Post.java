package vn.campaignkit.model;

import java.time.LocalDate;

/** A news post or announcement. */
public record Post(PageInfo info, LocalDate date) implements Page {
    @Override
    public String template() {
        return "post";
    }
}

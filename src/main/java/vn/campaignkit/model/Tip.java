package vn.campaignkit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A quick tip for pupils, parents or teachers. Higher weight comes first. */
public record Tip(PageInfo info, Optional<LocalDate> date, List<String> audiences, Optional<String> category, int weight)
        implements Page {
    public static final List<String> AUDIENCES = vn.campaignkit.source.schema.ContentSchema.TIP.allowed("audience");

    @Override
    public String template() {
        return "tip";
    }
}

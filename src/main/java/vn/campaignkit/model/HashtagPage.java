package vn.campaignkit.model;

import java.util.Optional;

/** The page of one hashtag: from {@code content/hashtags/} or made for a tag used on pages. */
public record HashtagPage(PageInfo info, Tag tag, Optional<String> caption, boolean official) implements Page {
    @Override
    public String template() {
        return "hashtag";
    }
}

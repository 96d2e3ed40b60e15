package vn.campaignkit.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every page has.
 *
 * @param source     site-relative source path ({@code content/tips/x.md} or {@code data/schools.csv})
 * @param sourceLine the line of the source where this page is defined (1 for files, the row for CSV)
 * @param route      where the page is published
 */
public record PageInfo(String source, int sourceLine, Slug slug, Route route, String title, Optional<String> summary,
                       List<String> tags, boolean draft, Optional<PageImage> image, Body body,
                       Map<String, Object> extra) {
}

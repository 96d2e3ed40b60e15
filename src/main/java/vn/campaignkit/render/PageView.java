package vn.campaignkit.render;

import java.util.List;
import java.util.Map;

/**
 * What templates see as {@code page}. {@code detail} carries what only one kind has (a contest's dates,
 * a school's province…); each kind's template knows which record it gets.
 */
public record PageView(String kind, String title, String summary, String path, String bodyHtml, List<Card> tags,
                       String dateText, String dateIso, String image, String imageAlt, String canonical,
                       String sourcePath, Map<String, Object> extra, Object detail) {
}

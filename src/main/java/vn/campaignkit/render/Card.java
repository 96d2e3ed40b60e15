package vn.campaignkit.render;

import java.util.List;

/**
 * A page as it appears in lists. Fields are plain strings ("" when absent) so templates need no null checks.
 *
 * @param path   site path of the page, for {@code link.to(card.path)}
 * @param search folded text ("le loi ha noi") for the diacritic-insensitive filter
 */
public record Card(String kind, String title, String path, String summary, String dateText, String dateIso,
                   String badge, List<String> audiences, String category, String province, String level,
                   String search, ContestState contest) {
}

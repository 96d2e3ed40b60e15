package vn.campaignkit.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.Tag;
import vn.campaignkit.model.Tip;

/**
 * Lookups that page details need (tips of a category, pages of a hashtag, a school's downloads), built once
 * per build so that rendering stays linear in the number of pages. Every list keeps the site's order.
 */
final class PageIndex {
    private final Map<Optional<String>, List<Tip>> tipsByCategory = new HashMap<>();
    private final Map<String, List<Page>> taggedByKey = new HashMap<>();
    private final Map<String, List<SiteView.Download>> downloadsBySection = new HashMap<>();

    PageIndex(Site site, List<SiteView.Download> downloads) {
        for (Tip t : site.tips()) {
            tipsByCategory.computeIfAbsent(t.category(), k -> new ArrayList<>()).add(t);
        }
        for (Page p : site.allPages()) {
            if (p instanceof School) {
                continue;
            }
            Set<String> keys = new LinkedHashSet<>();
            p.info().tags().forEach(tag -> keys.add(Tag.keyOf(tag)));
            keys.forEach(key -> taggedByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p));
        }
        for (SiteView.Download d : downloads) {
            downloadsBySection.computeIfAbsent(d.section(), k -> new ArrayList<>()).add(d);
        }
    }

    /** Tips with the same category as {@code tip} (none counts as a category), without the tip itself. */
    List<Tip> related(Tip tip, int limit) {
        return tipsByCategory.getOrDefault(tip.category(), List.of()).stream().filter(o -> o != tip).limit(limit).toList();
    }

    /** Pages other than schools carrying a tag with this key. */
    List<Page> tagged(String key) {
        return taggedByKey.getOrDefault(key, List.of());
    }

    List<SiteView.Download> downloads(String section) {
        return List.copyOf(downloadsBySection.getOrDefault(section, List.of()));
    }
}

package vn.campaignkit.derive.social;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.LogoArt;
import vn.campaignkit.derive.image.Palette;

/**
 * The campaign identity drawn on social images, all from the site's configuration.
 *
 * @param message     the longer call to action for wallpapers (e.g. "tell a parent or teacher")
 * @param hotline     the hotline number, e.g. 111
 * @param hotlineName what the hotline is, drawn beside the number
 */
public record Brand(Palette palette, DrawnText siteTitle, DrawnText tagline, List<DrawnText> hashtags,
                    Optional<DrawnText> message, Optional<DrawnText> hotline, Optional<DrawnText> hotlineName,
                    Optional<LogoArt> logo) {
    public Brand {
        hashtags = List.copyOf(hashtags);
    }

    public String hashtagLine() {
        return String.join("  ", hashtags.stream().map(DrawnText::text).toList());
    }

    /** Every string the brand can draw, for the glyph coverage check. */
    public List<DrawnText> texts() {
        List<DrawnText> all = new ArrayList<>(List.of(siteTitle, tagline));
        all.addAll(hashtags);
        message.ifPresent(all::add);
        hotline.ifPresent(all::add);
        hotlineName.ifPresent(all::add);
        return all;
    }
}

package vn.campaignkit.derive.frames;

import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.Palette;

/**
 * What a frame uses when its front matter does not say: the site's colours, its title and tagline
 * (upper-cased for the frame), its hashtags and its first hotline number, each located in {@code site.yaml}.
 */
public record FrameDefaults(Palette palette, DrawnText title, DrawnText tagline, List<DrawnText> hashtags,
                            Optional<DrawnText> hotline, String caption) {
    public FrameDefaults {
        hashtags = List.copyOf(hashtags);
    }
}

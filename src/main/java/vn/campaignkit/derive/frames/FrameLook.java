package vn.campaignkit.derive.frames;

import vn.campaignkit.model.FrameDesign;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.LogoArt;
import vn.campaignkit.derive.image.Palette;

/** How a frame looks: drawn from a design spec, or a supplied overlay image. */
public sealed interface FrameLook permits FrameLook.Drawn, FrameLook.Overlay {

    /**
     * A frame drawn by the generator.
     *
     * @param topText    ring: the upper arc; band and sash: unused
     * @param bottomText ring: the lower arc
     * @param bandText   band and sash: the big line; covers and stories use it as their title
     * @param hashtags   drawn small on the band, sash, cover and story
     * @param hotline    a round badge with the number, e.g. 111
     */
    record Drawn(FrameDesign.Style style, Palette palette, Optional<DrawnText> topText, Optional<DrawnText> bottomText,
                 Optional<DrawnText> bandText, List<DrawnText> hashtags, Optional<DrawnText> hotline,
                 Optional<LogoArt> logo) implements FrameLook {
        public Drawn {
            hashtags = List.copyOf(hashtags);
        }

        /** The title line used by covers and stories: the band text, else the top text. */
        public Optional<DrawnText> headline() {
            return bandText.isPresent() ? bandText : topText;
        }

        /** Every string this design can draw, for the glyph coverage check. */
        public List<DrawnText> texts() {
            List<DrawnText> all = new java.util.ArrayList<>();
            topText.ifPresent(all::add);
            bottomText.ifPresent(all::add);
            bandText.ifPresent(all::add);
            all.addAll(hashtags);
            hotline.ifPresent(all::add);
            return all;
        }

        /** The hashtags joined by spaces, or empty. */
        public String hashtagLine() {
            return String.join("  ", hashtags.stream().map(DrawnText::text).toList());
        }
    }

    /** A square PNG made elsewhere, with a transparent centre; scaled to each square size. */
    record Overlay(BufferedImage image, String assetPath) implements FrameLook {
    }
}

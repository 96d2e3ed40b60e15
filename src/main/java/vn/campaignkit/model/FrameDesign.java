package vn.campaignkit.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A frame's design as written in its front matter (keys in {@code docs/frames.md}); images are drawn
 * from it by the derive stage.
 *
 * @param colours   overrides of the site's colours by name (primary, accent, dark, light), {@code #rrggbb}
 * @param hashtags  whether the site's hashtags are drawn
 * @param formats   the chosen formats ({@code square}, {@code cover}, {@code story}); empty means all that apply
 */
public record FrameDesign(Style style, Map<String, String> colours, Text topText, Text bottomText, Text bandText,
                          boolean hashtags, Text hotline, Optional<AssetRef> logo, Optional<AssetRef> overlay,
                          boolean perSchool, Optional<String> caption, List<String> formats) {

    public FrameDesign {
        colours = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(colours));
        formats = List.copyOf(formats);
    }

    /** The drawn designs. */
    public enum Style {
        RING, BAND, SASH;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A text of the design: the site's default, switched off ({@code false}), or written out at a position. */
    public sealed interface Text permits Text.SiteDefault, Text.Off, Text.Given {
        record SiteDefault() implements Text {
        }

        record Off() implements Text {
        }

        record Given(String text, int line, int col) implements Text {
        }
    }

    /** A file under {@code assets/} named at a position of the front matter. */
    public record AssetRef(String assetPath, int line, int col) {
    }
}

package vn.campaignkit.derive.frames;

import java.util.List;

/**
 * One frame of the site, from {@code content/frames/<slug>.md}.
 *
 * @param path      the site-relative source file
 * @param perSchool also make one variant per school carrying the school's name
 * @param caption   the share text the editor page copies (hashtags included)
 * @param formats   the PNGs to make, in a fixed order
 */
public record FrameSpec(String slug, String path, String title, FrameLook look, boolean perSchool, String caption,
                        List<FrameFormat> formats) {
    public FrameSpec {
        formats = List.copyOf(formats);
    }
}

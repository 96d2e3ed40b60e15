package vn.campaignkit.derive.frames;

import java.util.Optional;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;

/** One PNG of a frame: a format, optionally carrying a school's name. */
record FramePngJob(String outputPath, String fingerprint, FrameRenderer renderer, FrameSpec spec, FrameFormat format,
                   Optional<DrawnText> school, Optional<SiteView.Download> listing) implements DeriveJob {
    @Override
    public byte[] render(Problems problems) {
        return renderer.png(spec, format, school);
    }

    @Override
    public void check(Problems problems) {
        // nothing to report: glyphs were checked when planning
    }
}

package vn.campaignkit.derive.social;

import java.util.Optional;
import java.util.function.Supplier;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;

/** One social image: an Open Graph card, a wallpaper or a wallpaper preview. */
record SocialImageJob(String outputPath, String fingerprint, Supplier<byte[]> drawing, Optional<SiteView.Download> listing)
        implements DeriveJob {
    @Override
    public byte[] render(Problems problems) {
        return drawing.get();
    }

    @Override
    public void check(Problems problems) {
        // nothing to report: glyphs were checked when planning
    }
}

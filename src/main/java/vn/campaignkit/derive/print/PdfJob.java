package vn.campaignkit.derive.print;

import java.util.Optional;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;

/**
 * One PDF file of the output. Its bytes are shared with the zip (and preview) that also need them,
 * so each PDF is rendered once per build.
 *
 * @param users how many jobs ask for these bytes (this one, the zip, the preview)
 */
record PdfJob(String outputPath, String fingerprint, PdfRequest request, SharedRenders shared, int users,
              Optional<SiteView.Download> listing) implements DeriveJob {

    @Override
    public byte[] render(Problems problems) {
        return bytes(problems);
    }

    @Override
    public void check(Problems problems) {
        request.check(problems);
    }

    byte[] bytes(Problems problems) {
        return shared.get(fingerprint, users, () -> request.render(problems));
    }
}

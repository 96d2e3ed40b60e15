package vn.campaignkit.derive.print;

import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;

/**
 * A school's printables as the pages of one PDF (its kit): copies for the school's own printer first, then the
 * print-shop copies, each part named in the PDF's outline. One file instead of a PDF per copy plus a zip
 * repeating them: the fonts are embedded once, and a phone opens it without unpacking anything.
 */
record SchoolKitJob(String outputPath, String fingerprint, PrintableRenderer renderer, List<PrintableRenderer.Part> parts,
                    List<String> partTitles, SchoolStamp school, String title, Optional<SiteView.Download> listing)
        implements DeriveJob {

    @Override
    public byte[] render(Problems problems) {
        return renderer.render(parts, partTitles, Optional.of(school), title, problems).orElse(new byte[0]);
    }

    @Override
    public void check(Problems problems) {
        for (PrintableRenderer.Part part : parts) {
            renderer.check(part, Optional.of(school), problems);
        }
    }
}

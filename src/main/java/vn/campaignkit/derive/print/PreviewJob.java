package vn.campaignkit.derive.print;

import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.problem.Problems;

/** The PNG preview of a printable, drawn from its print-shop PDF cut to the trimmed size. */
record PreviewJob(String outputPath, PdfJob pdf) implements DeriveJob {

    @Override
    public String fingerprint() {
        return Fingerprints.of("preview", Integer.toString(PreviewRenderer.LONG_SIDE), pdf.fingerprint());
    }

    @Override
    public byte[] render(Problems problems) {
        byte[] bytes = pdf.bytes(problems);
        return bytes.length == 0 ? bytes : PreviewRenderer.png(bytes);
    }

    @Override
    public void check(Problems problems) {
        // nothing to report: the PDF it is drawn from reports
    }
}

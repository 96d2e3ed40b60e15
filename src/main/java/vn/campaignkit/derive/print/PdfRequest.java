package vn.campaignkit.derive.print;

import java.util.Optional;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;

/** One PDF to make: a printable, a variant and, for per-school copies, the school. */
record PdfRequest(PrintableRenderer renderer, Printable printable, Variant variant, Optional<SchoolStamp> school) {

    /** The PDF bytes; empty bytes when preflight reported problems (the build then fails). */
    byte[] render(Problems problems) {
        return renderer.render(printable, variant, school, problems).orElse(new byte[0]);
    }

    /** Reports what {@link #render} would, without drawing. */
    void check(Problems problems) {
        renderer.check(new PrintableRenderer.Part(printable, variant), school, problems);
    }
}

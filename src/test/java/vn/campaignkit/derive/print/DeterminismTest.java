package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.campaignkit.derive.kit.DeterministicZip;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;

/**
 * The PDF ID and dates come from the content and the site, not the clock; zips are sorted with a fixed time. That
 * the same input gives byte-identical PDFs, previews and zips in another JVM is ReproducibleBuildTest's.
 */
class DeterminismTest {

    @Test
    void documentIdFollowsTheContentAndDatesFollowTheSite() throws Exception {
        PrintableRenderer renderer = new PrintableRenderer(PrintFixtures.fonts(), PrintFixtures.site());
        Printable p = PrintFixtures.defaultPrintable("ap-phich-a4");
        byte[] a = renderer.render(p, Variant.OFFICE, Optional.of(PrintFixtures.school("Trường A")), new Problems()).orElseThrow();
        byte[] b = renderer.render(p, Variant.OFFICE, Optional.of(PrintFixtures.school("Trường B")), new Problems()).orElseThrow();
        try (PDDocument da = PdfInspection.load(a); PDDocument db = PdfInspection.load(b)) {
            String idA = da.getDocument().getDocumentID().toString();
            assertThat(idA).isNotEqualTo(db.getDocument().getDocumentID().toString());
            assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("CampaignKitDocId");
            assertThat(da.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(PrintFixtures.site().stamp());
            assertThat(da.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(PrintFixtures.site().stamp());
        }
    }

    @Test
    void zipsAreSortedWithAFixedTimeAndIdenticalBytes() throws Exception {
        Map<String, byte[]> one = new LinkedHashMap<>();
        one.put("b.pdf", "B".getBytes(StandardCharsets.UTF_8));
        one.put("a.pdf", "A".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> other = new LinkedHashMap<>();
        other.put("a.pdf", "A".getBytes(StandardCharsets.UTF_8));
        other.put("b.pdf", "B".getBytes(StandardCharsets.UTF_8));
        byte[] zip = DeterministicZip.zip(one);
        assertThat(DeterministicZip.zip(other)).isEqualTo(zip);
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            var first = in.getNextEntry();
            assertThat(first.getName()).isEqualTo("a.pdf");
            assertThat(first.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2025, 10, 6, 0, 0));
            assertThat(first.getExtra()).isNull();
            assertThat(in.getNextEntry().getName()).isEqualTo("b.pdf");
        }
    }
}

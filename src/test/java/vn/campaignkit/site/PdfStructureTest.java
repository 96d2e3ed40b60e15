package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every PDF of the default site — on the downloads pages and inside every kit zip — passes {@code qpdf --check}
 * (Debian's {@code qpdf}, installed by {@code .ci/run}) without a single warning: print shops' preflight tools
 * and strict viewers complain about what qpdf complains about.
 */
class PdfStructureTest {
    /** A PDF to check and how to name it in a failure: its site path, or the zip and entry it came from. */
    private record Pdf(String name, Path file) {
    }

    @TempDir
    Path unzipped;

    @Test
    void everyPrintPdfOfTheDefaultSitePassesQpdfCheckWithoutWarnings() throws IOException, InterruptedException {
        Path output = BuiltSite.output();
        List<Pdf> pdfs = new ArrayList<>();
        for (Path pdf : files(output, ".pdf")) {
            pdfs.add(new Pdf(output.relativize(pdf).toString(), pdf));
        }
        for (Path zip : files(output, ".zip")) {
            pdfs.addAll(pdfsInside(output.relativize(zip).toString(), zip));
        }
        assertThat(pdfs).as("print PDFs of the default site, loose and in kits").hasSizeGreaterThanOrEqualTo(60)
                .anyMatch(p -> p.name().startsWith("schools/") && p.name().contains("/an-pham/bo-an-pham-"))
                .anyMatch(p -> p.name().contains(".zip!"));
        List<String> complaints = new ArrayList<>();
        for (Pdf pdf : pdfs) {
            Process qpdf = new ProcessBuilder("qpdf", "--check", pdf.file().toString()).redirectErrorStream(true).start();
            String report = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = qpdf.waitFor();
            if (exit != 0 || report.toLowerCase(Locale.ROOT).contains("warning")) {
                complaints.add(pdf.name() + " (exit " + exit + "): " + report.strip());
            }
        }
        assertThat(complaints).isEmpty();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private List<Pdf> pdfsInside(String name, Path zip) throws IOException {
        List<Pdf> found = new ArrayList<>();
        Path folder = Files.createTempDirectory(unzipped, "kit");
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                if (e.getName().endsWith(".pdf")) {
                    Path file = folder.resolve(found.size() + ".pdf");
                    Files.write(file, entries.readAllBytes());
                    found.add(new Pdf(name + "!" + e.getName(), file));
                }
            }
        }
        return found;
    }
}

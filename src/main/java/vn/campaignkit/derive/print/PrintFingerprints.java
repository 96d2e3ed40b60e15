package vn.campaignkit.derive.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.model.print.PrintFormat;
import vn.campaignkit.model.print.PrintImage;
import vn.campaignkit.model.print.Printable;

/**
 * The input fingerprint of each PDF: the design version, the fonts, the printable, the images it
 * places, the parts of the site its format shows (tips only on the tips poster, the pledge only on
 * the pledge wall) and the school. Editing one school or one tip re-renders only what shows it.
 */
final class PrintFingerprints {
    /** Raise when a design changes, so every PDF is drawn again. */
    static final String DESIGN_VERSION = "print-designs-1";

    private final FontSet fonts;
    private final PrintSite site;
    /** Everything but the school, computed once per printable and variant (6,100 schools share it). */
    private final java.util.Map<String, String> designs = new java.util.concurrent.ConcurrentHashMap<>();

    PrintFingerprints(FontSet fonts, PrintSite site) {
        this.fonts = fonts;
        this.site = site;
    }

    String of(Printable p, Variant v, Optional<SchoolStamp> school) {
        String design = designs.computeIfAbsent(p.path() + "\n" + v.name(), k -> design(p, v));
        return school.isEmpty() ? design : Fingerprints.of(design, school.get().toString());
    }

    private String design(Printable p, Variant v) {
        List<String> parts = new ArrayList<>();
        parts.add(DESIGN_VERSION);
        parts.add(fonts.fingerprint());
        parts.add(v.name());
        parts.add(p.toString());
        p.image().ifPresent(i -> parts.add(fileHash(i)));
        p.qr().flatMap(q -> q.logo()).ifPresent(i -> parts.add(fileHash(i)));
        parts.add(String.join("|", site.title().text(), site.tagline().text(), String.join(" ", site.hashtags()),
                site.hotline().toString(), site.palette().toString(), site.stamp().toString()));
        if (p.format() == PrintFormat.PLEDGE_WALL) {
            parts.add(site.pledge().toString());
        }
        if (p.format() == PrintFormat.TIPS_POSTER) {
            parts.add(site.tips().toString());
        }
        return Fingerprints.of(parts.toArray(String[]::new));
    }

    private static String fileHash(PrintImage image) {
        try {
            return Fingerprints.of(Files.readAllBytes(image.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.campaignkit.derive.print;

import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.print.PrintBlock;
import vn.campaignkit.model.print.PrintText;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.model.print.Span;

/**
 * Everything a design needs while preparing one copy: the printable, the site, the school (for
 * per-school copies), the inks, the text fitter and the preflight that records problems.
 */
final class DesignContext {
    final Printable printable;
    final PrintSite site;
    final Optional<SchoolStamp> school;
    final Preflight preflight;
    final TextFitter fitter;
    final boolean printShop;
    /** Bleed around the product in points (0 on office pages). */
    final float bleed;
    final Ink primary;
    final Ink accent;
    final Ink dark;
    final Ink light;

    DesignContext(Printable printable, PrintSite site, Optional<SchoolStamp> school, Preflight preflight,
                  TextFitter fitter, boolean printShop, float bleed) {
        this.printable = printable;
        this.site = site;
        this.school = school;
        this.preflight = preflight;
        this.fitter = fitter;
        this.printShop = printShop;
        this.bleed = bleed;
        this.primary = Ink.hex(site.palette().primary());
        this.accent = Ink.hex(site.palette().accent());
        this.dark = Ink.hex(site.palette().dark());
        this.light = Ink.hex(site.palette().light());
    }

    /** The smallest QR symbol for this copy: the format's minimum, or A4's on office paper. */
    double minQrMm() {
        double formatMin = printable.format().minQrMm();
        return printShop ? formatMin : Math.min(formatMin, 40);
    }

    /** Fits blocks of Markdown text; reports a problem at {@code where} when they do not fit. */
    Optional<LaidText> fit(List<PrintBlock> blocks, PrintText where, String what, TextStyle style, Box box) {
        boolean glyphs = true;
        for (PrintBlock b : blocks) {
            PrintText t = new PrintText(b.plainText(), where.path(), b.line(), 1);
            glyphs &= preflight.glyphs(t, style.regular()) && (!hasBold(b) || preflight.glyphs(t, style.bold()));
        }
        if (!glyphs) {
            return Optional.empty();
        }
        return fitChecked(blocks, where, what, style, box);
    }

    /** Fits one text value (a headline, a name); line breaks in it are kept. */
    Optional<LaidText> fit(PrintText text, String what, TextStyle style, Box box) {
        if (!preflight.glyphs(text, style.regular())) {
            return Optional.empty();
        }
        List<PrintBlock> blocks = List.of(new PrintBlock.Paragraph(List.of(new Span(text.text().strip(), false)), text.line()));
        return fitChecked(blocks, text, what, style, box);
    }

    private Optional<LaidText> fitChecked(List<PrintBlock> blocks, PrintText where, String what, TextStyle style, Box box) {
        TextFitter.Fit fit = fitter.fit(blocks, style, box.w(), box.h());
        if (fit instanceof TextFitter.Fit.Fits fits) {
            return Optional.of(fits.text());
        }
        preflight.doesNotFit(where, what, ((TextFitter.Fit.TooLong) fit).detail());
        return Optional.empty();
    }

    private static boolean hasBold(PrintBlock b) {
        return b.spans().stream().anyMatch(Span::bold);
    }

    /** A short text of the site (hashtags, labels) as a value pointing at site.yaml. */
    PrintText siteText(String text) {
        return new PrintText(text, site.title().path(), site.title().line(), site.title().col());
    }

    /** The URL and position of the QR code of this copy: the school's page, else the printable's {@code qr:}. */
    Optional<QrTarget> qrTarget() {
        if (school.isPresent()) {
            SchoolStamp s = school.get();
            return Optional.of(new QrTarget(s.url(), vn.campaignkit.model.print.QrRequest.readable(s.url()),
                    printable.qr().flatMap(q -> q.sizeMm().isPresent() ? Optional.of(q.sizeMm().getAsDouble()) : Optional.empty()),
                    printable.qr().flatMap(q -> q.logo()), printable.qr().map(q -> q.named()).orElse(s.name())));
        }
        return printable.qr().map(q -> new QrTarget(q.url(), q.label(),
                q.sizeMm().isPresent() ? Optional.of(q.sizeMm().getAsDouble()) : Optional.empty(), q.logo(), q.named()));
    }

    /** Where a QR code points and how it was asked for. */
    record QrTarget(String url, String label, Optional<Double> sizeMm, Optional<vn.campaignkit.model.print.PrintImage> logo,
                    PrintText named) {
    }
}

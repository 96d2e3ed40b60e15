package vn.campaignkit.derive.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.print.PrintFormat;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;

/**
 * Renders one printable (optionally for one school) as one of its PDF variants, after the design's
 * preflight passed. The only entry point of this package for the rest of the build.
 */
public final class PrintableRenderer {
    /** Office printers cannot print to the paper's edge. */
    static final double OFFICE_MARGIN_MM = 10;
    private static final double SHEET_MARGIN_MM = 8;
    private static final double OFFICE_GAP_MM = 4;

    private final FontSet fonts;
    private final PrintSite site;
    private final TextFitter fitter;

    public PrintableRenderer(FontSet fonts, PrintSite site) {
        this.fonts = fonts;
        this.site = site;
        this.fitter = new TextFitter(fonts);
    }

    /** The PDFs every printable of a format gets. */
    public static List<Variant> variants(PrintFormat format) {
        return format == PrintFormat.BOOKMARK ? List.of(Variant.PRINT_SHOP, Variant.SHEET, Variant.OFFICE)
                : List.of(Variant.PRINT_SHOP, Variant.OFFICE);
    }

    /** One printable in one variant, for one school or none: a part of a PDF. */
    public record Part(Printable printable, Variant variant) {
    }

    /** A part laid out and checked, ready to draw. */
    private record Prepared(Part part, List<Face> faces, Box area) {
    }

    /** The PDF bytes, or empty when preflight reported problems (to {@code problems}). */
    public Optional<byte[]> render(Printable printable, Variant variant, Optional<SchoolStamp> school, Problems problems) {
        Optional<Prepared> prepared = prepare(new Part(printable, variant), school, problems);
        if (prepared.isEmpty()) {
            return Optional.empty();
        }
        String title = printable.title() + school.map(s -> " – " + s.name().text()).orElse("");
        try (PdfAssembler pdf = new PdfAssembler(fonts)) {
            pdf.ink(variant != Variant.OFFICE);
            draw(pdf, prepared.get());
            return Optional.of(pdf.save(title, site.stamp()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of " + printable.path(), e);
        }
    }

    /**
     * Several parts as the pages of one PDF, in the order given, each named in the PDF's outline by
     * {@code partTitles}; fonts are embedded once for all of them. Empty when any part has a problem.
     */
    public Optional<byte[]> render(List<Part> parts, List<String> partTitles, Optional<SchoolStamp> school, String title,
                                   Problems problems) {
        List<Prepared> prepared = new ArrayList<>();
        for (Part part : parts) {
            prepare(part, school, problems).ifPresent(prepared::add);
        }
        if (prepared.size() < parts.size()) {
            return Optional.empty();
        }
        try (PdfAssembler pdf = new PdfAssembler(fonts)) {
            for (int i = 0; i < prepared.size(); i++) {
                pdf.part(prepared.get(i).part().variant() != Variant.OFFICE, partTitles.get(i));
                draw(pdf, prepared.get(i));
            }
            return Optional.of(pdf.save(title, site.stamp()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of " + parts.get(0).printable().path(), e);
        }
    }

    /**
     * Lays a part out and runs its preflight without drawing or encoding anything: reports to {@code problems}
     * exactly what {@link #render} would, in a small fraction of the time. True when there is nothing to report.
     */
    public boolean check(Part part, Optional<SchoolStamp> school, Problems problems) {
        return prepare(part, school, problems).isPresent();
    }

    private Optional<Prepared> prepare(Part part, Optional<SchoolStamp> school, Problems problems) {
        Printable printable = part.printable();
        Variant variant = part.variant();
        // the same for every school, so a problem of the design itself is reported once, not once per school
        String copy = variant.description() + (school.isPresent() ? " of each school" : "");
        Preflight preflight = new Preflight(fonts, problems, copy);
        boolean printShop = variant != Variant.OFFICE;
        PrintFormat format = printable.format();
        float bleed = printShop ? Box.mm(format.bleedMm()) : 0;
        DesignContext ctx = new DesignContext(printable, site, school, preflight, fitter, printShop, bleed);
        Box area = productArea(format, variant);
        Optional<List<Face>> faces = design(format).prepare(ctx, area);
        if (faces.isEmpty() || preflight.failed()) {
            return Optional.empty();
        }
        return Optional.of(new Prepared(part, faces.get(), area));
    }

    private void draw(PdfAssembler pdf, Prepared prepared) throws IOException {
        PrintFormat format = prepared.part().printable().format();
        Variant variant = prepared.part().variant();
        Box area = prepared.area();
        float bleed = variant != Variant.OFFICE ? Box.mm(format.bleedMm()) : 0;
        if (format == PrintFormat.BOOKMARK && variant != Variant.PRINT_SHOP) {
            sheet(pdf, prepared.faces(), area, variant);
        } else if (variant == Variant.OFFICE) {
            Box page = PageGeometry.office().media();
            float margin = Box.mm(OFFICE_MARGIN_MM);
            for (Face face : prepared.faces()) {
                pdf.page(page, page, page, face, area.w(), area.h(), List.of(new Placement(margin, margin, 0)), List.of(), null);
            }
        } else {
            PageGeometry geometry = PageGeometry.printShop(format);
            Box trim = geometry.trim();
            for (Face face : prepared.faces()) {
                pdf.page(geometry.media(), geometry.bleed(), trim, face, area.w(), area.h(),
                        List.of(new Placement(trim.x(), trim.y(), 0)), CropMarks.around(trim, bleed), null);
            }
        }
    }

    /** How many pages a part makes: bookmarks have a front and a back, the other per-school formats one side. */
    public static int pages(PrintFormat format) {
        return format == PrintFormat.BOOKMARK ? 2 : 1;
    }

    /** The product in local coordinates: the trimmed size, or for office copies of single designs the A4 page inside its margins. */
    private static Box productArea(PrintFormat format, Variant variant) {
        if (variant == Variant.OFFICE && format != PrintFormat.BOOKMARK) {
            double m = OFFICE_MARGIN_MM;
            return new Box(0, 0, Box.mm(PageGeometry.A4_W - 2 * m), Box.mm(PageGeometry.A4_H - 2 * m));
        }
        return new Box(0, 0, Box.mm(format.widthMm()), Box.mm(format.heightMm()));
    }

    private void sheet(PdfAssembler pdf, List<Face> faces, Box piece, Variant variant) throws IOException {
        Box page = PageGeometry.office().media();
        boolean printShop = variant == Variant.SHEET;
        float bleed = printShop ? Box.mm(PrintFormat.BOOKMARK.bleedMm()) : 0;
        float gap = printShop ? 2 * bleed : Box.mm(OFFICE_GAP_MM);
        float margin = Box.mm(printShop ? SHEET_MARGIN_MM : OFFICE_MARGIN_MM);
        BookmarkImposition plan = BookmarkImposition.plan(page, piece.w(), piece.h(), bleed, gap, margin);
        List<CropMarks.Mark> marks = printShop ? CropMarks.sheet(page, plan.printed(), plan.xs(), plan.ys()) : List.of();
        List<List<Placement>> sides = List.of(plan.fronts(), plan.backs());
        for (int i = 0; i < faces.size(); i++) {
            Face face = faces.get(i);
            List<Placement> placements = sides.get(i);
            Face guides = printShop ? null : c -> {
                for (Placement p : placements) {
                    Box t = p.trim(piece.w(), piece.h());
                    Ink grey = new Ink(0.6f, 0.6f, 0.6f, 0, 0, 0, 0.4f);
                    c.dashedLine(t.x(), t.y(), t.right(), t.y(), 0.4f, grey, 2);
                    c.dashedLine(t.x(), t.top(), t.right(), t.top(), 0.4f, grey, 2);
                    c.dashedLine(t.x(), t.y(), t.x(), t.top(), 0.4f, grey, 2);
                    c.dashedLine(t.right(), t.y(), t.right(), t.top(), 0.4f, grey, 2);
                }
            };
            pdf.page(page, page, page, face, piece.w(), piece.h(), placements, marks, guides);
        }
    }

    private static Design design(PrintFormat format) {
        return switch (format) {
            case POSTER_A4, POSTER_A3 -> PosterDesign.poster();
            case STANDEE -> PosterDesign.standee();
            case BOOKMARK -> new BookmarkDesign();
            case STICKER_SHEET -> new StickerSheetDesign();
            case PLEDGE_WALL -> new PledgeWallDesign();
            case TIPS_POSTER -> new TipsPosterDesign();
        };
    }

    /** How many bookmarks one A4 sheet holds for a variant (for the downloads page). */
    public static int bookmarksPerSheet(Variant variant) {
        Box page = PageGeometry.office().media();
        boolean printShop = variant == Variant.SHEET;
        float bleed = printShop ? Box.mm(PrintFormat.BOOKMARK.bleedMm()) : 0;
        return BookmarkImposition.plan(page, Box.mm(50), Box.mm(150), bleed, printShop ? 2 * bleed : Box.mm(OFFICE_GAP_MM),
                Box.mm(printShop ? SHEET_MARGIN_MM : OFFICE_MARGIN_MM)).count();
    }

}

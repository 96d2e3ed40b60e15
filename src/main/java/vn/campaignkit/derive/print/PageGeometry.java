package vn.campaignkit.derive.print;

import vn.campaignkit.model.print.PrintFormat;

/**
 * The boxes of one page: the trimmed product, the bleed around it and, for print shops, room for
 * crop marks outside the bleed. Office pages have no bleed and no marks.
 *
 * @param trimWmm  trimmed width in millimetres
 * @param trimHmm  trimmed height in millimetres
 * @param bleedMm  bleed on every side (0 for office pages)
 * @param slugMm   room outside the bleed for crop marks (0 for office pages)
 */
record PageGeometry(double trimWmm, double trimHmm, double bleedMm, double slugMm) {
    /** Gap between the bleed edge and a crop mark. */
    static final double MARK_GAP_MM = 2;
    /** Length of a crop mark. */
    static final double MARK_LENGTH_MM = 5;
    /** A4, the office paper. */
    static final double A4_W = 210;
    static final double A4_H = 297;

    static PageGeometry printShop(PrintFormat format) {
        return printShop(format.widthMm(), format.heightMm(), format.bleedMm());
    }

    static PageGeometry printShop(double w, double h, double bleed) {
        return new PageGeometry(w, h, bleed, MARK_GAP_MM + MARK_LENGTH_MM + 1);
    }

    static PageGeometry office() {
        return new PageGeometry(A4_W, A4_H, 0, 0);
    }

    boolean hasMarks() {
        return slugMm > 0;
    }

    Box media() {
        double m = bleedMm + slugMm;
        return new Box(0, 0, Box.mm(trimWmm + 2 * m), Box.mm(trimHmm + 2 * m));
    }

    Box trim() {
        double m = bleedMm + slugMm;
        return new Box(Box.mm(m), Box.mm(m), Box.mm(trimWmm), Box.mm(trimHmm));
    }

    Box bleed() {
        return trim().outset(Box.mm(bleedMm));
    }
}

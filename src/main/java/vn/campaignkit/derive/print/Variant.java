package vn.campaignkit.derive.print;

/** The PDFs made of one printable. */
public enum Variant {
    /** Trimmed size with bleed, crop marks and CMYK colour, for a print shop. */
    PRINT_SHOP("in", "print-shop PDF"),
    /** Bookmarks only: several up on an A4 sheet with bleed and cut marks, for a print shop. */
    SHEET("to-a4", "A4 bookmark sheet"),
    /** The same design on plain A4 with margins, RGB, no bleed or marks, for an office printer. */
    OFFICE("van-phong-a4", "office A4 PDF");

    private final String suffix;
    private final String description;

    Variant(String suffix, String description) {
        this.suffix = suffix;
        this.description = description;
    }

    /** Appended to the printable's slug to name the file, e.g. {@code ap-phich-a4-in.pdf}. */
    public String suffix() {
        return suffix;
    }

    String description() {
        return description;
    }
}

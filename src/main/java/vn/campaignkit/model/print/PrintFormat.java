package vn.campaignkit.model.print;

import java.util.Arrays;
import java.util.Optional;
import vn.campaignkit.source.schema.ContentSchema;

/**
 * The closed set of printable formats: the trimmed size a print shop delivers, the bleed it needs
 * and the smallest QR code (the symbol, without quiet zone) that still scans at the distance the
 * format is read from.
 */
public enum PrintFormat {
    POSTER_A4("poster-a4", "Áp phích A4", 210, 297, 3, 40),
    POSTER_A3("poster-a3", "Áp phích A3", 297, 420, 3, 60),
    BOOKMARK("bookmark", "Bookmark 5 × 15 cm", 50, 150, 3, 20),
    STICKER_SHEET("sticker-sheet", "Tờ sticker A4", 210, 297, 3, 20),
    STANDEE("standee", "Standee cuốn 80 × 200 cm", 800, 2000, 10, 150),
    PLEDGE_WALL("pledge-wall", "Bức tường An toàn số (A1)", 594, 841, 3, 60),
    TIPS_POSTER("tips-poster", "Áp phích mẹo nhanh A3", 297, 420, 3, 60);

    private final String key;
    private final String label;
    private final double widthMm;
    private final double heightMm;
    private final double bleedMm;
    private final double minQrMm;

    PrintFormat(String key, String label, double widthMm, double heightMm, double bleedMm, double minQrMm) {
        this.key = key;
        this.label = label;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.bleedMm = bleedMm;
        this.minQrMm = minQrMm;
    }

    /** The value editors write after {@code format:}. */
    public String key() {
        return key;
    }

    /** A Vietnamese name for the downloads page. */
    public String label() {
        return label;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    public double bleedMm() {
        return bleedMm;
    }

    public double minQrMm() {
        return minQrMm;
    }

    /** The format of a key the schema allows ({@code ContentSchema.PRINTABLE}'s {@code format} values). */
    public static Optional<PrintFormat> byKey(String key) {
        if (!ContentSchema.PRINTABLE.allowed("format").contains(key)) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** All keys, comma separated, for hints. */
    public static String keys() {
        return String.join(", ", ContentSchema.PRINTABLE.allowed("format"));
    }
}

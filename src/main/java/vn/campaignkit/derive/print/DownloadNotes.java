package vn.campaignkit.derive.print;

import java.util.Locale;
import vn.campaignkit.model.print.PrintFormat;

/** What the downloads page says about each PDF: a short label, its printed size and how to print it. */
final class DownloadNotes {
    private DownloadNotes() {
    }

    static String label(Variant v) {
        return switch (v) {
            case PRINT_SHOP -> "bản gửi nhà in";
            case SHEET -> "tờ A4 xếp " + PrintableRenderer.bookmarksPerSheet(Variant.SHEET) + " bookmark";
            case OFFICE -> "bản in văn phòng A4";
        };
    }

    static String size(PrintFormat f, Variant v) {
        return switch (v) {
            case PRINT_SHOP -> String.format(Locale.ROOT, "%s × %s mm, lề xén %s mm", mm(f.widthMm()), mm(f.heightMm()), mm(f.bleedMm()));
            case SHEET -> "A4 (210 × 297 mm), 2 mặt";
            case OFFICE -> "A4 (210 × 297 mm)" + (f == PrintFormat.BOOKMARK ? ", 2 mặt" : "");
        };
    }

    static String note(PrintFormat f, Variant v) {
        return switch (v) {
            case PRINT_SHOP -> f == PrintFormat.STICKER_SHEET
                    ? "Gửi nhà in decal: đã có lề xén, dấu cắt và đường cắt bế (màu CutContour). In đúng 100%."
                    : "Gửi nhà in: đã có lề xén, dấu cắt và màu CMYK. In đúng 100%, cắt theo dấu cắt.";
            case SHEET -> "In hai mặt, lật theo cạnh dài, rồi cắt theo dấu cắt ở mép tờ. In được ở nhà in hoặc máy in A4.";
            case OFFICE -> switch (f) {
                case BOOKMARK -> "In hai mặt trên máy in văn phòng (lật theo cạnh dài), chọn ‘Kích thước thực’, cắt theo nét đứt.";
                case STICKER_SHEET -> "In lên giấy decal A4, chọn ‘Kích thước thực’, cắt theo nét đứt.";
                default -> "In trên máy in văn phòng khổ A4, chọn ‘Kích thước thực’ (100%). Không cần nhà in.";
            };
        };
    }

    private static String mm(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}

package vn.campaignkit.derive.print;

import java.util.Locale;
import vn.campaignkit.model.Messages;
import vn.campaignkit.model.print.PrintFormat;

/**
 * What the downloads page says about each PDF, in the site language's words ({@code print_files.*} of its message
 * file): a short label, its printed size and how to print it.
 */
final class DownloadNotes {
    private final Messages messages;

    DownloadNotes(Messages messages) {
        this.messages = messages;
    }

    String label(Variant v) {
        return switch (v) {
            case PRINT_SHOP -> messages.text("print_files.print_shop");
            case SHEET -> messages.fill("print_files.sheet", "count", PrintableRenderer.bookmarksPerSheet(Variant.SHEET));
            case OFFICE -> messages.text("print_files.office");
        };
    }

    String size(PrintFormat f, Variant v) {
        return switch (v) {
            case PRINT_SHOP -> messages.fill("print_files.print_shop_size", "width", mm(f.widthMm()), "height", mm(f.heightMm()),
                    "bleed", mm(f.bleedMm()));
            case SHEET -> messages.text("print_files.sheet_size");
            case OFFICE -> messages.text(f == PrintFormat.BOOKMARK ? "print_files.office_size_two_sided" : "print_files.office_size");
        };
    }

    String note(PrintFormat f, Variant v) {
        return switch (v) {
            case PRINT_SHOP -> messages.text(f == PrintFormat.STICKER_SHEET ? "print_files.print_shop_sticker_note"
                    : "print_files.print_shop_note");
            case SHEET -> messages.text("print_files.sheet_note");
            case OFFICE -> switch (f) {
                case BOOKMARK -> messages.text("print_files.office_bookmark_note");
                case STICKER_SHEET -> messages.text("print_files.office_sticker_note");
                default -> messages.text("print_files.office_note");
            };
        };
    }

    private static String mm(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}

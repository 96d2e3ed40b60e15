package vn.campaignkit.derive.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.campaignkit.model.print.Printable;

/**
 * What goes into every school's kit PDF and how the school page describes it: each per-school printable in
 * its school variants, the copies for an office printer (posters on A4, bookmark sheets) first and the
 * print-shop copies last, and a note saying which pages are which. The same for every school.
 */
record SchoolKitContents(List<PrintableRenderer.Part> parts, List<String> titles, String preview, String size, String note) {

    static SchoolKitContents of(List<Printable> perSchool, DownloadNotes notes) {
        List<PrintableRenderer.Part> parts = new ArrayList<>();
        for (boolean printShop : new boolean[] {false, true}) {
            for (Printable p : perSchool) {
                for (Variant v : PrintPlanner.schoolVariants(p.format())) {
                    if ((v == Variant.PRINT_SHOP) == printShop) {
                        parts.add(new PrintableRenderer.Part(p, v));
                    }
                }
            }
        }
        List<String> titles = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        int page = 1;
        for (PrintableRenderer.Part part : parts) {
            titles.add(part.printable().title() + " — " + notes.label(part.variant()));
            int count = PrintableRenderer.pages(part.printable().format());
            String range = count == 1 ? "Trang " + page : "Trang " + page + "–" + (page + count - 1);
            pages.add(range + ": " + part.printable().title() + " — " + notes.label(part.variant())
                    + (part.variant() == Variant.PRINT_SHOP ? " (" + notes.size(part.printable().format(), part.variant()) + ")" : ""));
            page += count;
        }
        String preview = PrintPlanner.FOLDER + perSchool.get(0).slug() + ".png";
        String size = String.format(Locale.ROOT, "PDF, %d trang", page - 1);
        boolean printShop = parts.stream().anyMatch(p -> p.variant() == Variant.PRINT_SHOP);
        String note = String.join(". ", pages) + ". In ở trường: chọn ‘Kích thước thực’ (100%), tờ bookmark in hai mặt lật theo"
                + " cạnh dài." + (printShop ? " Gửi nhà in: ghi rõ số trang của bản gửi nhà in (đã có lề xén, dấu cắt, màu CMYK)." : "");
        return new SchoolKitContents(List.copyOf(parts), List.copyOf(titles), preview, size, note);
    }
}

package vn.campaignkit.model.print;

import java.util.List;
import java.util.Optional;

/**
 * One file of {@code content/print/}: a design to print in a given format.
 *
 * @param path     site-relative source file, e.g. {@code content/print/ap-phich-a4.md}
 * @param slug     file name part of the outputs, e.g. {@code ap-phich-a4}
 * @param headline the big text; the title when not given
 * @param body     main text (front matter {@code body:} or the Markdown below the front matter)
 * @param back     text for the back of a bookmark
 * @param stickers the short texts of a sticker sheet, one per sticker design
 * @param tipCount how many tips a tips poster shows
 * @param perSchool whether every school gets its own copy carrying its name and a QR code to its page
 * @param weight   higher comes first on the downloads page
 * @param draft    drafts are built only with {@code --drafts}
 */
public record Printable(String path, String slug, String title, String summary, PrintFormat format,
                        PrintText headline, List<PrintBlock> body, List<PrintBlock> back,
                        Optional<QrRequest> qr, Optional<PrintImage> image, List<PrintText> stickers,
                        int tipCount, boolean perSchool, int weight, boolean draft) {
    public Printable {
        body = List.copyOf(body);
        back = List.copyOf(back);
        stickers = List.copyOf(stickers);
    }
}

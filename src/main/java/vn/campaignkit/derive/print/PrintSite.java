package vn.campaignkit.derive.print;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.print.PrintText;

/**
 * What every printable takes from the site: campaign name and tagline, official hashtags, the
 * national hotline, colours, the pledge for the pledge wall, the tips for the tips poster and the
 * fixed date written into every PDF.
 */
public record PrintSite(PrintText title, PrintText tagline, List<String> hashtags, Hotline hotline, Palette palette,
                        Optional<PrintText> pledge, List<TipCard> tips, Instant stamp) {
    public PrintSite {
        hashtags = List.copyOf(hashtags);
        tips = List.copyOf(tips);
    }

    /** The hotline printed on everything, e.g. 111 and its name. */
    public record Hotline(String number, PrintText name, PrintText note) {
    }

    /** Site colours as {@code #rrggbb}. */
    public record Palette(String primary, String accent, String dark, String light) {
    }

    /** A tip as the tips poster shows it; {@code summary} points at the tip's file for problems. */
    public record TipCard(PrintText title, PrintText summary, int weight) {
    }

    /** The hashtags on one line, as printed. */
    String hashtagLine() {
        return String.join("  ", hashtags);
    }
}

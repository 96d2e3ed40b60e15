package vn.campaignkit.model.print;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a printable's QR code should open: an absolute URL, the short text printed under it, an
 * optional printed size the editor asked for and an optional logo covering its centre.
 */
public record QrRequest(String url, String label, OptionalDouble sizeMm, Optional<PrintImage> logo, PrintText named) {

    /** The URL as people read it under the code: no scheme, no trailing slash. */
    public static String readable(String url) {
        String s = url.replaceFirst("^https?://", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

package vn.campaignkit.derive.image;

import java.awt.Color;

/** The four campaign colours every image is drawn with (from the site's {@code colours}). */
public record Palette(Color primary, Color accent, Color dark, Color light) {

    /** Parses {@code #rrggbb} strings; callers validate them first (see {@link #isHex}). */
    public static Palette ofHex(String primary, String accent, String dark, String light) {
        return new Palette(hex(primary), hex(accent), hex(dark), hex(light));
    }

    public static boolean isHex(String value) {
        return value != null && value.matches("#[0-9a-fA-F]{6}");
    }

    public static Color hex(String value) {
        if (!isHex(value)) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + value);
        }
        return new Color(Integer.parseInt(value.substring(1), 16));
    }

    /** Black or white, whichever reads better on the background (WCAG relative luminance). */
    public static Color readableOn(Color background) {
        return luminance(background) > 0.45 ? new Color(0x0a0a0a) : Color.WHITE;
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}

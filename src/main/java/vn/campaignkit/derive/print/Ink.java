package vn.campaignkit.derive.print;

/**
 * A colour both as screen RGB (office PDFs, previews) and as process CMYK (print-shop PDFs).
 * CMYK comes from a plain under-colour conversion, capped so the total ink stays printable.
 */
record Ink(float r, float g, float b, float c, float m, float y, float k) {
    static final Ink WHITE = new Ink(1, 1, 1, 0, 0, 0, 0);
    /** Text black: 100 % K only, so small text never shows colour fringes from misregistration. */
    static final Ink BLACK = new Ink(0, 0, 0, 0, 0, 0, 1);

    static Ink hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!h.matches("[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not an RGB colour: " + hex);
        }
        float r = Integer.parseInt(h.substring(0, 2), 16) / 255f;
        float g = Integer.parseInt(h.substring(2, 4), 16) / 255f;
        float b = Integer.parseInt(h.substring(4, 6), 16) / 255f;
        float k = 1 - Math.max(r, Math.max(g, b));
        if (k >= 0.999f) {
            return new Ink(0, 0, 0, 0, 0, 0, 1);
        }
        float c = (1 - r - k) / (1 - k);
        float m = (1 - g - k) / (1 - k);
        float y = (1 - b - k) / (1 - k);
        float total = c + m + y + k;
        float cap = 2.8f;
        if (total > cap) {
            float scale = (cap - k) / (c + m + y);
            c *= scale;
            m *= scale;
            y *= scale;
        }
        return new Ink(r, g, b, round(c), round(m), round(y), round(k));
    }

    private static float round(float v) {
        return Math.round(v * 1000) / 1000f;
    }

    /** Relative luminance (WCAG), to choose readable text on a background. */
    double luminance() {
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    }

    private static double lin(float v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static double contrast(Ink a, Ink b) {
        double la = a.luminance();
        double lb = b.luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    Ink mix(Ink other, float t) {
        return new Ink(r + (other.r - r) * t, g + (other.g - g) * t, b + (other.b - b) * t,
                round(c + (other.c - c) * t), round(m + (other.m - m) * t), round(y + (other.y - y) * t),
                round(k + (other.k - k) * t));
    }
}

package vn.campaignkit.derive.print;

/**
 * A colour both as screen RGB (office PDFs, previews) and as process CMYK (print-shop PDFs).
 * CMYK comes from the FOGRA39 press profile ({@link PressProfile}), total ink at most 300 %.
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
        float[] cmyk = PressProfile.cmyk(r, g, b);
        return new Ink(r, g, b, cmyk[0], cmyk[1], cmyk[2], cmyk[3]);
    }

    private static float round(float v) {
        return Math.round(v * 1000) / 1000f;
    }

    Ink mix(Ink other, float t) {
        return new Ink(r + (other.r - r) * t, g + (other.g - g) * t, b + (other.b - b) * t,
                round(c + (other.c - c) * t), round(m + (other.m - m) * t), round(y + (other.y - y) * t),
                round(k + (other.k - k) * t));
    }
}

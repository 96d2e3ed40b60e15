package vn.campaignkit.derive.print;

import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The press condition print-shop PDFs are separated for: FOGRA39 (ISO 12647-2 offset on coated paper), through
 * an ICC profile made from Fogra's characterization data with ArgyllCMS (ink limit 300 %, licence beside the
 * profile, docs/print-colour.md). sRGB colours go to CMYK through {@link ICC_ColorSpace}; the total ink is then
 * held at {@link #TOTAL_INK_LIMIT} in case the profile's interpolation lands a hair above it.
 */
final class PressProfile {
    /** Total area coverage allowed on the sheet, as a fraction (3.0 = 300 %): within what coated offset dries. */
    static final float TOTAL_INK_LIMIT = 3.0f;
    static final String PROFILE = "campaignkit-fogra39-300.icc";
    private static final int STEPS = 1000;
    private static final ICC_ColorSpace FOGRA39 = load();

    private PressProfile() {
    }

    private static ICC_ColorSpace load() {
        try (InputStream in = PressProfile.class.getResourceAsStream(PROFILE)) {
            if (in == null) {
                throw new IllegalStateException("the press profile " + PROFILE + " is missing from the jar");
            }
            return new ICC_ColorSpace(ICC_Profile.getInstance(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * C, M, Y and K (0 to 1, to 0.001) of an sRGB colour (channels 0 to 1) on the FOGRA39 press, total ink
     * at most 300 %: above it, cyan, magenta and yellow are scaled down together and black is kept (it
     * carries the shape of dark colours).
     */
    static float[] cmyk(float r, float g, float b) {
        float[] cmyk;
        synchronized (FOGRA39) {
            cmyk = FOGRA39.fromRGB(new float[] {r, g, b});
        }
        float[] rounded = {round(cmyk[0]), round(cmyk[1]), round(cmyk[2]), round(cmyk[3])};
        float colour = rounded[0] + rounded[1] + rounded[2];
        if (colour + rounded[3] > TOTAL_INK_LIMIT && colour > 0) {
            float scale = Math.max(0, TOTAL_INK_LIMIT - rounded[3]) / colour;
            for (int i = 0; i < 3; i++) {
                rounded[i] = (float) Math.floor(rounded[i] * scale * STEPS) / STEPS;
            }
        }
        return rounded;
    }

    /** To a tenth of a per cent, the precision a RIP takes and the same digits on every machine. */
    private static float round(float v) {
        return Math.round(v * STEPS) / (float) STEPS;
    }
}

package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * sRGB to CMYK on the FOGRA39 press profile, against the numbers Little CMS's own tool gives for the same
 * profile: {@code printf '11 92 173\n' | transicc -i '*sRGB' -o campaignkit-fogra39-300.icc -t 0 -n}
 * (liblcms2-utils 2.14; relative colorimetric, -t 1, gives the same digits for this profile).
 */
class PressProfileTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // hex,      C,       M,       Y,       K    (per cent, from transicc)
        "#0b5cad, 95.2331, 64.3900, 0.0000, 0.0000",   // the default site's primary blue
        "#f2a900, 0.0000, 35.3033, 97.8012, 6.3371",   // its accent yellow
        "#0a2540, 97.9629, 56.2676, 0.1419, 81.0925",  // its dark navy
        "#f4f8fc, 2.8748, 1.4298, 1.1551, 2.3804",     // its light background
        "#0b6e4f, 82.7161, 0.0000, 68.4627, 49.0105",  // a green
        "#ff0000, 0.0000, 94.4549, 99.6292, 0.0000",   // sRGB red
        "#000000, 83.1632, 71.8318, 44.9378, 100.0000", // black: the profile's rich black, 299.9 %
        "#ffffff, 0.0000, 0.0000, 0.0015, 0.0015"       // paper white
    })
    void convertsLikeLittleCmsDoes(String hex, double c, double m, double y, double k) {
        Ink ink = Ink.hex(hex);
        assertThat(ink.c() * 100.0).as("C").isCloseTo(c, within(0.1));
        assertThat(ink.m() * 100.0).as("M").isCloseTo(m, within(0.1));
        assertThat(ink.y() * 100.0).as("Y").isCloseTo(y, within(0.1));
        assertThat(ink.k() * 100.0).as("K").isCloseTo(k, within(0.1));
    }

    @Test
    void totalInkNeverPassesThreeHundredPerCent() {
        float worst = 0;
        for (int r = 0; r <= 255; r += 17) {
            for (int g = 0; g <= 255; g += 17) {
                for (int b = 0; b <= 255; b += 17) {
                    Ink ink = Ink.hex(String.format("#%02x%02x%02x", r, g, b));
                    worst = Math.max(worst, ink.c() + ink.m() + ink.y() + ink.k());
                }
            }
        }
        assertThat(worst).isLessThanOrEqualTo(3.0f).isGreaterThan(2.9f);
    }

    @Test
    void keepsTheScreenColourForOfficePrinters() {
        Ink ink = Ink.hex("#0b5cad");
        assertThat(new float[] {ink.r(), ink.g(), ink.b()}).containsExactly(11 / 255f, 92 / 255f, 173 / 255f);
    }
}

package vn.campaignkit.derive.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.campaignkit.derive.image.Fixtures;

/**
 * Wallpapers have the sizes phones and desktops use, and their text stays where the system draws nothing: on a
 * phone lock screen below the clock, date and widgets (the top 38 %) and above the torch, camera and home
 * indicator (the bottom 14 %); on a desktop right of the icon column (the left half) and above an 80 px task bar.
 */
class WallpaperTest {
    private final Wallpaper wallpaper = new Wallpaper(Fixtures.faces());

    @ParameterizedTest
    @CsvSource({"PHONE, 1080, 1920, wallpaper-phone-1080x1920.png", "PHONE_TALL, 1290, 2796, wallpaper-phone-tall-1290x2796.png",
        "DESKTOP, 1920, 1080, wallpaper-desktop-1920x1080.png"})
    void hasItsSizeAndFileName(WallpaperFormat format, int width, int height, String fileName) {
        BufferedImage image = wallpaper.image(SocialFixtures.brand(), format);
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(format.fileName()).isEqualTo(fileName);
    }

    /** The rows where the brand's text changes pixels: {top, bottom}. */
    private int[] textRows(WallpaperFormat format) {
        BufferedImage with = wallpaper.image(SocialFixtures.brand(), format);
        BufferedImage without = wallpaper.image(SocialFixtures.blank(), format);
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        for (int y = 0; y < with.getHeight(); y++) {
            for (int x = 0; x < with.getWidth(); x++) {
                if (with.getRGB(x, y) != without.getRGB(x, y)) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return new int[] {top, bottom};
    }

    /** Clock band: 38 % of 1920 = 730 px, of 2796 = 1063 px; bottom strip from 86 %: 1651 px and 2405 px. */
    @ParameterizedTest
    @CsvSource({"PHONE, 730, 1651", "PHONE_TALL, 1063, 2405"})
    void phoneTextStaysBetweenTheClockBandAndTheBottomStrip(WallpaperFormat format, int clockBandEnd, int bottomStripStart) {
        int[] rows = textRows(format);
        assertThat(rows[0]).as("first row with text").isGreaterThanOrEqualTo(clockBandEnd);
        assertThat(rows[1]).as("last row with text").isLessThan(bottomStripStart);
        assertThat(rows[1] - rows[0]).as("the text fills the free band").isGreaterThan((bottomStripStart - clockBandEnd) / 2);
    }

    @ParameterizedTest
    @CsvSource("DESKTOP, 960, 1000")
    void desktopTextStaysRightOfTheIconColumnAndAboveTheTaskBar(WallpaperFormat format, int iconColumnEnd, int taskBarTop) {
        BufferedImage with = wallpaper.image(SocialFixtures.brand(), format);
        BufferedImage without = wallpaper.image(SocialFixtures.blank(), format);
        int changed = 0;
        for (int y = 0; y < with.getHeight(); y++) {
            for (int x = 0; x < with.getWidth(); x++) {
                if (with.getRGB(x, y) != without.getRGB(x, y)) {
                    assertThat(x).as("x of a text pixel").isGreaterThanOrEqualTo(iconColumnEnd);
                    assertThat(y).as("y of a text pixel").isLessThan(taskBarTop);
                    changed++;
                }
            }
        }
        assertThat(changed).as("text pixels").isGreaterThan(20_000);
    }
}

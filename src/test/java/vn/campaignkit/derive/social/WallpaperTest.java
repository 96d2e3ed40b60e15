package vn.campaignkit.derive.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaignkit.derive.image.Fixtures;

class WallpaperTest {
    private final Wallpaper wallpaper = new Wallpaper(Fixtures.faces());

    @ParameterizedTest
    @EnumSource(WallpaperFormat.class)
    void hasItsSize(WallpaperFormat format) {
        BufferedImage image = wallpaper.image(SocialFixtures.brand(), format);
        assertThat(image.getWidth()).isEqualTo(format.width());
        assertThat(image.getHeight()).isEqualTo(format.height());
    }

    @ParameterizedTest
    @EnumSource(value = WallpaperFormat.class, names = {"PHONE", "PHONE_TALL"})
    void phoneTextStaysOutOfTheClockBandAndTheBottomStrip(WallpaperFormat format) {
        BufferedImage with = wallpaper.image(SocialFixtures.brand(), format);
        BufferedImage without = wallpaper.image(SocialFixtures.blank(), format);
        int top = Integer.MAX_VALUE;
        int bottom = 0;
        for (int y = 0; y < format.height(); y++) {
            for (int x = 0; x < format.width(); x++) {
                if (with.getRGB(x, y) != without.getRGB(x, y)) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertThat(top).isGreaterThan((int) (format.height() * WallpaperFormat.CLOCK_BAND_BOTTOM));
        assertThat(bottom).isLessThan((int) (format.height() * WallpaperFormat.BOTTOM_BAND_TOP));
        assertThat(bottom - top).isGreaterThan(format.height() / 4);
    }

    @ParameterizedTest
    @EnumSource(value = WallpaperFormat.class, names = "DESKTOP")
    void desktopTextStaysRightOfTheIconColumnAndAboveTheTaskBar(WallpaperFormat format) {
        BufferedImage with = wallpaper.image(SocialFixtures.brand(), format);
        BufferedImage without = wallpaper.image(SocialFixtures.blank(), format);
        for (int y = 0; y < format.height(); y++) {
            for (int x = 0; x < format.width(); x++) {
                if (with.getRGB(x, y) != without.getRGB(x, y)) {
                    assertThat(x).isGreaterThan(format.width() / 2);
                    assertThat(y).isLessThan(format.height() - 80);
                }
            }
        }
    }
}

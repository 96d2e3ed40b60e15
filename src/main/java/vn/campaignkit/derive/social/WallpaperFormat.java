package vn.campaignkit.derive.social;

/** Lock-screen and desktop wallpaper sizes. */
public enum WallpaperFormat {
    PHONE(1080, 1920, "phone"),
    PHONE_TALL(1290, 2796, "phone-tall"),
    DESKTOP(1920, 1080, "desktop");

    private final int width;
    private final int height;
    private final String suffix;

    WallpaperFormat(int width, int height, String suffix) {
        this.width = width;
        this.height = height;
        this.suffix = suffix;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean isPhone() {
        return height > width;
    }

    /** e.g. {@code wallpaper-phone-1080x1920.png}. */
    public String fileName() {
        return "wallpaper-" + suffix + "-" + width + "x" + height + ".png";
    }

    /**
     * The band of a phone lock screen taken by the clock, date and widgets, as fractions of the height
     * (iOS and Android put them between about 5 % and 38 % from the top); no text is drawn there.
     */
    public static final double CLOCK_BAND_TOP = 0.0;
    public static final double CLOCK_BAND_BOTTOM = 0.40;
    /** The bottom strip with the torch, camera and home indicator. */
    public static final double BOTTOM_BAND_TOP = 0.86;
}

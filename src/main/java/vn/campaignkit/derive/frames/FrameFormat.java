package vn.campaignkit.derive.frames;

/** Every PNG made from a frame: three square sizes, a Facebook cover and a story/phone frame. */
public enum FrameFormat {
    MASTER(2160, 2160, "2160"),
    SQUARE(1080, 1080, "1080"),
    SMALL(720, 720, "720"),
    COVER(1640, 624, "cover"),
    STORY(1080, 1920, "story");

    private final int width;
    private final int height;
    private final String suffix;

    FrameFormat(int width, int height, String suffix) {
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

    public boolean isSquare() {
        return width == height;
    }

    /** The file name for a frame slug, e.g. {@code khong-mot-minh-1080.png}. */
    public String fileName(String slug) {
        return slug + "-" + suffix + ".png";
    }
}

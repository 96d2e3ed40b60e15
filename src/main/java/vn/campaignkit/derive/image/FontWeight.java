package vn.campaignkit.derive.image;

/** The four Be Vietnam Pro weights shipped in {@code assets/fonts/}, with their file names. */
public enum FontWeight {
    REGULAR("BeVietnamPro_400Regular.ttf"),
    SEMIBOLD("BeVietnamPro_600SemiBold.ttf"),
    BOLD("BeVietnamPro_700Bold.ttf"),
    EXTRABOLD("BeVietnamPro_800ExtraBold.ttf");

    private final String fileName;

    FontWeight(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}

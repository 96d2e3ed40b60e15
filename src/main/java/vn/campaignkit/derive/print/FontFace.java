package vn.campaignkit.derive.print;

/** The three weights of Be Vietnam Pro the designs use (fewer weights, fewer font subsets in every PDF), by file name in {@code assets/fonts/}. */
enum FontFace {
    REGULAR("BeVietnamPro_400Regular.ttf"),
    BOLD("BeVietnamPro_700Bold.ttf"),
    EXTRABOLD("BeVietnamPro_800ExtraBold.ttf");

    private final String fileName;

    FontFace(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }
}

package vn.campaignkit.derive.image;

import java.nio.file.Path;

/** Shared test fixtures: the fonts and the campaign palette. */
public final class Fixtures {
    private static TypeFaces faces;

    private Fixtures() {
    }

    public static synchronized TypeFaces faces() {
        if (faces == null) {
            faces = TypeFaces.load(Path.of("assets/fonts"));
        }
        return faces;
    }

    public static Palette palette() {
        return Palette.ofHex("#0b5cad", "#f2a900", "#0a2540", "#f4f8fc");
    }

    public static DrawnText text(String s) {
        return new DrawnText(s, "content/frames/test.md", 3, 5, "band_text");
    }

    public static int alpha(java.awt.image.BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    /** Number of separate ink runs (alpha above half) down one column. */
    public static int inkRuns(java.awt.image.BufferedImage image, int x, int fromY, int toY) {
        int runs = 0;
        boolean inside = false;
        for (int y = fromY; y < toY; y++) {
            boolean ink = alpha(image, x, y) > 128;
            if (ink && !inside) {
                runs++;
            }
            inside = ink;
        }
        return runs;
    }
}

package vn.campaignkit.derive.image;

import java.util.Arrays;

/**
 * Finds the palette entry closest to a colour (alpha weighted twice, colour channels premultiplied), exactly,
 * without comparing every entry: entries are sorted by their red component, the search starts at the colour's
 * red and walks outwards until the red difference alone exceeds the best distance found.
 */
final class NearestSearch {
    private static final int ALPHA_WEIGHT = 2;
    /** Premultiplied components (alpha, red, green, blue) of the entries in red order. */
    private final int[] sorted;
    /** The palette index of each entry in red order. */
    private final int[] index;
    private final int[] reds;
    /** Where each palette index sits in red order. */
    private final int[] positionOf;

    /** {@code palette}: four components per entry, as {@link MedianCutPalette} lays them out. */
    NearestSearch(int[] palette) {
        int n = palette.length / 4;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) palette[4 * i + 1] << 32) | i;
        }
        Arrays.sort(keys);
        sorted = new int[palette.length];
        index = new int[n];
        reds = new int[n];
        positionOf = new int[n];
        for (int k = 0; k < n; k++) {
            int i = (int) keys[k];
            index[k] = i;
            positionOf[i] = k;
            reds[k] = palette[4 * i + 1];
            System.arraycopy(palette, 4 * i, sorted, 4 * k, 4);
        }
    }

    /** The palette index nearest to the colour at {@code colour[at..at+3]}; {@code guess} is tried first. */
    int nearest(int[] colour, int at, int guess) {
        int a = colour[at];
        int r = colour[at + 1];
        int g = colour[at + 2];
        int b = colour[at + 3];
        int best = guess;
        long bestDistance = distance(a, r, g, b, 4 * positionOf[guess]);
        int start = Arrays.binarySearch(reds, r);
        start = start < 0 ? -start - 1 : start;
        for (int k = start; k < index.length; k++) {
            long dr = reds[k] - r;
            if (dr * dr >= bestDistance) {
                break;
            }
            long d = distance(a, r, g, b, 4 * k);
            if (d < bestDistance) {
                bestDistance = d;
                best = index[k];
            }
        }
        for (int k = start - 1; k >= 0; k--) {
            long dr = r - reds[k];
            if (dr * dr >= bestDistance) {
                break;
            }
            long d = distance(a, r, g, b, 4 * k);
            if (d < bestDistance) {
                bestDistance = d;
                best = index[k];
            }
        }
        return best;
    }

    private long distance(int a, int r, int g, int b, int k) {
        long da = a - sorted[k];
        long dr = r - sorted[k + 1];
        long dg = g - sorted[k + 2];
        long db = b - sorted[k + 3];
        return ALPHA_WEIGHT * da * da + dr * dr + dg * dg + db * db;
    }
}

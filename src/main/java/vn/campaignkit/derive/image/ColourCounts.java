package vn.campaignkit.derive.image;

import java.util.Arrays;

/**
 * The distinct colours of an image in ascending order and how many pixels use each, counted run by run (a
 * run of equal pixels costs one table look-up), and the position of any of those colours in that order. No
 * per-pixel record is kept: whoever needs a pixel's colour looks it up again ({@link #positionOf}).
 */
final class ColourCounts {
    private final int[] table;
    private final boolean[] filled;
    private final int[] position;
    private final int[] colours;
    private final long[] weights;

    private ColourCounts(int[] table, boolean[] filled, int[] position, int[] colours, long[] weights) {
        this.table = table;
        this.filled = filled;
        this.position = position;
        this.colours = colours;
        this.weights = weights;
    }

    /** Every fully transparent pixel counts as one colour (0); with {@code opaque} the alpha bits are set. */
    static int normalised(int argb, boolean opaque) {
        if (opaque) {
            return argb | 0xFF000000;
        }
        return argb >>> 24 == 0 ? 0 : argb;
    }

    static ColourCounts of(int[] argb, boolean opaque) {
        int size = 1 << 15;
        int[] table = new int[size];
        boolean[] filled = new boolean[size];
        long[] counts = new long[size];
        int distinct = 0;
        int n = argb.length;
        int p = 0;
        while (p < n) {
            int raw = argb[p];
            int end = p + 1;
            while (end < n && argb[end] == raw) {
                end++;
            }
            int c = normalised(raw, opaque);
            int slot = find(table, filled, c);
            if (!filled[slot]) {
                if (2 * (distinct + 1) > size) {
                    size *= 2;
                    int[] t = new int[size];
                    boolean[] f = new boolean[size];
                    long[] k = new long[size];
                    for (int i = 0; i < table.length; i++) {
                        if (filled[i]) {
                            int s = find(t, f, table[i]);
                            t[s] = table[i];
                            f[s] = true;
                            k[s] = counts[i];
                        }
                    }
                    table = t;
                    filled = f;
                    counts = k;
                    slot = find(table, filled, c);
                }
                table[slot] = c;
                filled[slot] = true;
                distinct++;
            }
            counts[slot] += end - p;
            p = end;
        }
        int[] colours = new int[distinct];
        int k = 0;
        for (int i = 0; i < table.length; i++) {
            if (filled[i]) {
                colours[k++] = table[i];
            }
        }
        Arrays.sort(colours);
        int[] position = new int[table.length];
        long[] weights = new long[distinct];
        for (int i = 0; i < distinct; i++) {
            int slot = find(table, filled, colours[i]);
            position[slot] = i;
            weights[i] = counts[slot];
        }
        return new ColourCounts(table, filled, position, colours, weights);
    }

    int[] colours() {
        return colours;
    }

    long[] weights() {
        return weights;
    }

    /** The position in {@link #colours()} of a colour counted here, given as {@link #normalised} made it. */
    int positionOf(int normalisedColour) {
        return position[find(table, filled, normalisedColour)];
    }

    private static int find(int[] table, boolean[] filled, int colour) {
        int mask = table.length - 1;
        int slot = (colour * 0x9E3779B1 >>> 7) & mask;
        while (filled[slot] && table[slot] != colour) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}

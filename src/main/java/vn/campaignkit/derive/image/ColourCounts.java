package vn.campaignkit.derive.image;

import java.util.Arrays;

/** The distinct colours of an image in ascending order, how many pixels use each, and which one each pixel has. */
final class ColourCounts {
    private final int[] table;
    private final boolean[] filled;
    private final int[] position;
    private final int[] colours;
    private final long[] weights;
    private final int[] pixelSlots;

    private ColourCounts(int[] table, boolean[] filled, int[] position, int[] colours, long[] weights, int[] pixelSlots) {
        this.table = table;
        this.filled = filled;
        this.position = position;
        this.colours = colours;
        this.weights = weights;
        this.pixelSlots = pixelSlots;
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
        int last = 0;
        int lastSlot = -1;
        int[] pixelSlots = new int[argb.length];
        for (int p = 0; p < argb.length; p++) {
            int c = normalised(argb[p], opaque);
            if (lastSlot >= 0 && c == last) {
                counts[lastSlot]++;
                pixelSlots[p] = lastSlot;
                continue;
            }
            int slot = find(table, filled, c);
            if (!filled[slot]) {
                if (2 * (distinct + 1) > size) {
                    size *= 2;
                    int[] t = new int[size];
                    boolean[] f = new boolean[size];
                    long[] n = new long[size];
                    for (int i = 0; i < table.length; i++) {
                        if (filled[i]) {
                            int s = find(t, f, table[i]);
                            t[s] = table[i];
                            f[s] = true;
                            n[s] = counts[i];
                        }
                    }
                    for (int q = 0; q < p; q++) {
                        pixelSlots[q] = find(t, f, table[pixelSlots[q]]);
                    }
                    table = t;
                    filled = f;
                    counts = n;
                    slot = find(table, filled, c);
                }
                table[slot] = c;
                filled[slot] = true;
                distinct++;
            }
            counts[slot]++;
            pixelSlots[p] = slot;
            last = c;
            lastSlot = slot;
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
        return new ColourCounts(table, filled, position, colours, weights, pixelSlots);
    }

    int[] colours() {
        return colours;
    }

    long[] weights() {
        return weights;
    }

    /** The position of pixel {@code p}'s colour in {@link #colours()}. */
    int colourOf(int pixel) {
        return position[pixelSlots[pixel]];
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

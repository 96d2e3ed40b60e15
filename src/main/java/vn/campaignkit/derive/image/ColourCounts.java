package vn.campaignkit.derive.image;

import java.util.Arrays;

/**
 * The distinct colours of an image in ascending order and how many pixels use each, counted run by run (a
 * run of equal pixels costs one table look-up), and the position of any of those colours in that order. No
 * per-pixel record is kept: whoever needs a pixel's colour looks it up again ({@link #positionOf}).
 *
 * <p>An image drawn on a copy of a base image ({@link FlatBase}) is counted from the base's counts: only its rows
 * that differ from the base's are counted, after taking the base's own pixels of those rows off. The result is
 * the same as counting every pixel.
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
        Tally tally = new Tally(1 << 15);
        tally.add(argb, 0, argb.length, opaque, 1);
        return tally.counts();
    }

    /**
     * The counts of {@code argb}, an image of {@code width}-pixel rows with the base's size, from the base's
     * tally: rows equal to the base's are not looked at again.
     */
    static ColourCounts of(int[] argb, int width, boolean opaque, int[] base, Tally baseTally) {
        Tally tally = baseTally.copy();
        for (int from = 0; from < argb.length; from += width) {
            int to = from + width;
            if (!Arrays.equals(argb, from, to, base, from, to)) {
                tally.add(base, from, to, opaque, -1);
                tally.add(argb, from, to, opaque, 1);
            }
        }
        return tally.counts();
    }

    /** The pixel counts of every colour of an image: an open-addressing table, grown to stay at most half full. */
    static final class Tally {
        private int[] table;
        private boolean[] filled;
        private long[] counts;
        private int distinct;

        Tally(int size) {
            table = new int[size];
            filled = new boolean[size];
            counts = new long[size];
        }

        private Tally(Tally other) {
            table = other.table.clone();
            filled = other.filled.clone();
            counts = other.counts.clone();
            distinct = other.distinct;
        }

        Tally copy() {
            return new Tally(this);
        }

        /** Adds {@code sign} (1 or -1) for each pixel of {@code argb[from, to)}. */
        void add(int[] argb, int from, int to, boolean opaque, int sign) {
            int p = from;
            while (p < to) {
                int raw = argb[p];
                int end = p + 1;
                while (end < to && argb[end] == raw) {
                    end++;
                }
                int c = normalised(raw, opaque);
                int slot = find(table, filled, c);
                if (!filled[slot]) {
                    if (2 * (distinct + 1) > table.length) {
                        grow();
                        slot = find(table, filled, c);
                    }
                    table[slot] = c;
                    filled[slot] = true;
                    distinct++;
                }
                counts[slot] += sign * (long) (end - p);
                p = end;
            }
        }

        private void grow() {
            int size = table.length * 2;
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
        }

        /** The colours counted at least once (a colour taken off to nothing is not one of them), sorted. */
        ColourCounts counts() {
            int present = 0;
            for (int i = 0; i < table.length; i++) {
                if (filled[i] && counts[i] > 0) {
                    present++;
                }
            }
            int[] colours = new int[present];
            int k = 0;
            for (int i = 0; i < table.length; i++) {
                if (filled[i] && counts[i] > 0) {
                    colours[k++] = table[i];
                }
            }
            Arrays.sort(colours);
            int[] position = new int[table.length];
            long[] weights = new long[present];
            for (int i = 0; i < present; i++) {
                int slot = find(table, filled, colours[i]);
                position[slot] = i;
                weights[i] = counts[slot];
            }
            return new ColourCounts(table, filled, position, colours, weights);
        }
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

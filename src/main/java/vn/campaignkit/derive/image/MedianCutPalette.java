package vn.campaignkit.derive.image;

import java.util.Arrays;

/**
 * Reduces an ARGB image to at most 256 colours for a palette PNG: exact when the image has that few
 * colours, otherwise by median cut over its distinct colours weighted by how many pixels use them, each
 * pixel then taking the nearest palette colour (no dithering: flat art compresses best without noise).
 * The result depends only on the pixels: colours are ordered before every choice, never by hash order.
 */
public final class MedianCutPalette {
    /** The most colours a PNG palette holds. */
    public static final int MAX_COLOURS = 256;
    private static final int ALPHA_WEIGHT = 2;

    /**
     * One image reduced to a palette: the palette, and each of the image's colours' nearest entry.
     * {@code palette}: ARGB colours (non-premultiplied), the not fully opaque ones first; {@code rmse}: root-mean-square
     * difference from the original, per channel, in 0–255 levels (colour channels weighted by alpha, so a colour
     * change under full transparency is no difference).
     */
    static final class Reduced {
        private final int[] palette;
        private final ColourCounts counts;
        private final int[] nearest;
        private final boolean opaque;
        private final double rmse;

        private Reduced(int[] palette, ColourCounts counts, int[] nearest, boolean opaque, double rmse) {
            this.palette = palette;
            this.counts = counts;
            this.nearest = nearest;
            this.opaque = opaque;
            this.rmse = rmse;
        }

        int[] palette() {
            return palette;
        }

        double rmse() {
            return rmse;
        }

        /** How many palette entries are not fully opaque (the length of the PNG's tRNS chunk). */
        int translucentEntries() {
            int n = 0;
            while (n < palette.length && palette[n] >>> 24 != 0xFF) {
                n++;
            }
            return n;
        }

        /**
         * Writes the palette index of each pixel {@code argb[from, to)} of the reduced image into {@code out} from
         * {@code at}, looking each run of equal pixels up once.
         */
        void indices(int[] argb, int from, int to, byte[] out, int at) {
            int p = from;
            int o = at;
            while (p < to) {
                int raw = argb[p];
                byte index = (byte) nearest[counts.positionOf(ColourCounts.normalised(raw, opaque))];
                out[o++] = index;
                p++;
                while (p < to && argb[p] == raw) {
                    out[o++] = index;
                    p++;
                }
            }
        }
    }

    private MedianCutPalette() {
    }

    /** Reduces {@code argb} (row-major ARGB, alpha ignored when {@code opaque}). */
    static Reduced reduce(int[] argb, boolean opaque) {
        ColourCounts counts = ColourCounts.of(argb, opaque);
        int[] colours = counts.colours();
        long[] weights = counts.weights();
        int[] palette = colours.length <= MAX_COLOURS ? colours.clone() : medianCut(colours, weights);
        palette = ordered(palette);
        int[] nearest = new int[colours.length];
        int[] components = premultiplied(colours);
        NearestSearch search = new NearestSearch(premultiplied(palette));
        double squared = 0;
        for (int i = 0; i < colours.length; i++) {
            nearest[i] = search.nearest(components, 4 * i, i == 0 ? 0 : nearest[i - 1]);
            squared += weights[i] * (double) distance(colours[i], palette[nearest[i]]);
        }
        return new Reduced(palette, counts, nearest, opaque, Math.sqrt(squared / (4.0 * Math.max(1, argb.length))));
    }

    /** Translucent entries first (so tRNS stays short), then by colour value. */
    private static int[] ordered(int[] palette) {
        long[] keys = new long[palette.length];
        for (int i = 0; i < palette.length; i++) {
            int c = palette[i];
            keys[i] = ((long) (c >>> 24 == 0xFF ? 1 : 0) << 32) | (c & 0xFFFFFFFFL);
        }
        Arrays.sort(keys);
        int[] out = new int[palette.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }

    /** Splits the colour set into boxes (the heaviest spread first), one palette entry per box. */
    private static int[] medianCut(int[] colours, long[] weights) {
        int n = colours.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] starts = new int[MAX_COLOURS];
        int[] ends = new int[MAX_COLOURS];
        double[] scores = new double[MAX_COLOURS];
        int[] channels = new int[MAX_COLOURS];
        ends[0] = n;
        score(colours, weights, order, starts, ends, scores, channels, 0);
        int boxes = 1;
        while (boxes < MAX_COLOURS) {
            int best = -1;
            for (int b = 0; b < boxes; b++) {
                if (scores[b] > 0 && (best < 0 || scores[b] > scores[best])) {
                    best = b;
                }
            }
            if (best < 0) {
                break;
            }
            int cut = split(colours, weights, order, starts[best], ends[best], channels[best]);
            starts[boxes] = cut;
            ends[boxes] = ends[best];
            ends[best] = cut;
            score(colours, weights, order, starts, ends, scores, channels, best);
            score(colours, weights, order, starts, ends, scores, channels, boxes);
            boxes++;
        }
        int[] palette = new int[boxes];
        for (int b = 0; b < boxes; b++) {
            palette[b] = mean(colours, weights, order, starts[b], ends[b]);
        }
        return palette;
    }

    /** How much box {@code b} gains from a split (its widest channel's spread times the root of its weight), and along which channel. */
    private static void score(int[] colours, long[] weights, int[] order, int[] starts, int[] ends, double[] scores,
                              int[] channels, int b) {
        scores[b] = 0;
        if (ends[b] - starts[b] < 2) {
            return;
        }
        long weight = 0;
        int lo0 = 255;
        int lo1 = 255;
        int lo2 = 255;
        int lo3 = 255;
        int hi0 = 0;
        int hi1 = 0;
        int hi2 = 0;
        int hi3 = 0;
        for (int k = starts[b]; k < ends[b]; k++) {
            int i = order[k];
            int c = colours[i];
            weight += weights[i];
            int v0 = c & 0xFF;
            int v1 = (c >>> 8) & 0xFF;
            int v2 = (c >>> 16) & 0xFF;
            int v3 = c >>> 24;
            lo0 = Math.min(lo0, v0);
            hi0 = Math.max(hi0, v0);
            lo1 = Math.min(lo1, v1);
            hi1 = Math.max(hi1, v1);
            lo2 = Math.min(lo2, v2);
            hi2 = Math.max(hi2, v2);
            lo3 = Math.min(lo3, v3);
            hi3 = Math.max(hi3, v3);
        }
        int[] spreads = {hi0 - lo0, hi1 - lo1, hi2 - lo2, hi3 - lo3};
        for (int channel = 0; channel < 4; channel++) {
            double score = spreads[channel] * Math.sqrt(weight);
            if (score > scores[b]) {
                scores[b] = score;
                channels[b] = channel;
            }
        }
    }

    /** Sorts {@code order[from, to)} by one channel (then by colour) and returns the weighted median's position. */
    private static int split(int[] colours, long[] weights, int[] order, int from, int to, int channel) {
        long[] keys = new long[to - from];
        long total = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            keys[k - from] = ((long) channel(colours[i], channel) << 40) | ((long) i);
            total += weights[i];
        }
        sortDistinct(keys, 32 - Integer.numberOfLeadingZeros(Math.max(1, colours.length - 1)));
        for (int k = from; k < to; k++) {
            order[k] = (int) (keys[k - from] & 0xFFFFFFFFFFL);
        }
        long running = 0;
        for (int k = from; k < to - 1; k++) {
            running += weights[order[k]];
            if (2 * running >= total) {
                return k + 1;
            }
        }
        return to - 1;
    }

    /**
     * Sorts keys made of a channel value (bits 40–47) and a colour's position (below {@code positionBits} bits) in
     * ascending order: by radix, a byte at a time from the lowest, for all but small arrays. The keys are distinct,
     * so the order is the same as any other sort's.
     */
    static void sortDistinct(long[] keys, int positionBits) {
        if (keys.length < 256) {
            Arrays.sort(keys);
            return;
        }
        long[] from = keys;
        long[] to = new long[keys.length];
        int[] count = new int[257];
        int positionBytes = (positionBits + 7) / 8;
        for (int pass = 0; pass <= positionBytes; pass++) {
            int shift = pass < positionBytes ? 8 * pass : 40;
            java.util.Arrays.fill(count, 0);
            for (long key : from) {
                count[(int) (key >>> shift & 0xFF) + 1]++;
            }
            for (int d = 0; d < 256; d++) {
                count[d + 1] += count[d];
            }
            for (long key : from) {
                to[count[(int) (key >>> shift & 0xFF)]++] = key;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != keys) {
            System.arraycopy(from, 0, keys, 0, keys.length);
        }
    }

    /** The box's weighted mean colour, or its dominant colour exactly when that covers half the box (flat fills stay exact). */
    private static int mean(int[] colours, long[] weights, int[] order, int from, int to) {
        long[] sums = new long[4];
        long weight = 0;
        int dominant = colours[order[from]];
        long dominantWeight = -1;
        for (int k = from; k < to; k++) {
            int c = colours[order[k]];
            long w = weights[order[k]];
            for (int channel = 0; channel < 4; channel++) {
                sums[channel] += w * channel(c, channel);
            }
            weight += w;
            if (w > dominantWeight || (w == dominantWeight && c < dominant)) {
                dominant = c;
                dominantWeight = w;
            }
        }
        if (2 * dominantWeight >= weight) {
            return dominant;
        }
        int argb = 0;
        for (int channel = 0; channel < 4; channel++) {
            argb |= (int) ((sums[channel] + weight / 2) / weight) << (channel * 8);
        }
        return argb;
    }

    /** Each colour's components as compared by {@link #distance}: alpha, then red, green and blue premultiplied. */
    private static int[] premultiplied(int[] colours) {
        int[] out = new int[4 * colours.length];
        for (int i = 0; i < colours.length; i++) {
            int c = colours[i];
            int a = c >>> 24;
            out[4 * i] = a;
            out[4 * i + 1] = channel(c, 2) * a / 255;
            out[4 * i + 2] = channel(c, 1) * a / 255;
            out[4 * i + 3] = channel(c, 0) * a / 255;
        }
        return out;
    }

    /** Squared difference of what the colours look like over any background: colour channels premultiplied by alpha. */
    static long distance(int a, int b) {
        int aa = a >>> 24;
        int ba = b >>> 24;
        long d = (long) ALPHA_WEIGHT * (aa - ba) * (aa - ba);
        for (int channel = 0; channel < 3; channel++) {
            int x = channel(a, channel) * aa / 255 - channel(b, channel) * ba / 255;
            d += (long) x * x;
        }
        return d;
    }

    private static int channel(int argb, int channel) {
        return (argb >>> (channel * 8)) & 0xFF;
    }
}

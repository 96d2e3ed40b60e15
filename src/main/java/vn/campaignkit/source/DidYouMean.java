package vn.campaignkit.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggests the closest known word for a misspelt one (Levenshtein distance). */
public final class DidYouMean {
    private DidYouMean() {
    }

    public static Optional<String> closest(String word, Collection<String> known) {
        return known.stream()
                .map(k -> new Object[] {k, distance(word.toLowerCase(java.util.Locale.ROOT), k)})
                .filter(o -> (int) o[1] <= Math.max(2, word.length() / 3))
                .min(Comparator.comparingInt((Object[] o) -> (int) o[1]).thenComparing(o -> (String) o[0]))
                .map(o -> (String) o[0]);
    }

    /** Levenshtein distance: single-character insertions, deletions and substitutions. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

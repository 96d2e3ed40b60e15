package vn.campaignkit.derive.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The median cut's box sort puts the keys (channel value, colour position) in the same order as a plain sort. */
class MedianCutSortTest {
    @Test
    void keysOfEverySizeComeOutInAscendingOrder() {
        Random random = new Random(14);
        for (int size : new int[] {0, 1, 255, 256, 257, 1000, 70_000}) {
            for (int positionBits : new int[] {1, 9, 17, 20}) {
                if (size > 1 << positionBits) {
                    continue;
                }
                Set<Long> distinct = new LinkedHashSet<>();
                while (distinct.size() < size) {
                    distinct.add((long) random.nextInt(256) << 40 | random.nextInt(1 << positionBits));
                }
                long[] keys = distinct.stream().mapToLong(Long::longValue).toArray();
                long[] expected = keys.clone();
                Arrays.sort(expected);
                MedianCutPalette.sortDistinct(keys, positionBits);
                assertThat(keys).as("%d keys, %d position bits", size, positionBits).isEqualTo(expected);
            }
        }
    }
}

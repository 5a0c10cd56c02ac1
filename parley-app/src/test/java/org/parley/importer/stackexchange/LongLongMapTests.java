package org.parley.importer.stackexchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LongLongMapTests {

    @Test
    void behavesLikeAHashMapThroughGrowthAndRemovals() {
        LongLongMap map = new LongLongMap();
        Map<Long, Long> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextLong(5_000); // few keys, so probe runs collide and removals shift entries back
            switch (random.nextInt(3)) {
                case 0, 1 -> {
                    map.put(key, i);
                    expected.put(key, (long) i);
                }
                default -> {
                    map.remove(key);
                    expected.remove(key);
                }
            }
            long probe = random.nextLong(5_000);
            assertThat(map.get(probe, -1)).isEqualTo(expected.getOrDefault(probe, -1L));
        }
        assertThat(map.size()).isEqualTo(expected.size());
        Map<Long, Long> all = new HashMap<>();
        map.forEach(all::put);
        assertThat(all).isEqualTo(expected);
    }
}

package org.parley.importer.stackexchange;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * A map from long to long in two arrays (open addressing, linear probing): 16 to 32 bytes an entry where a
 * {@code HashMap<Long, Long>} takes about 80, which matters when an import keeps one entry per question of a
 * million-post dump. Keys must not be {@link Long#MIN_VALUE}, which marks a free slot.
 */
final class LongLongMap {

    private static final long FREE = Long.MIN_VALUE;

    private long[] keys;
    private long[] values;
    private int size;

    LongLongMap() {
        keys = new long[64];
        values = new long[64];
        Arrays.fill(keys, FREE);
    }

    int size() {
        return size;
    }

    void put(long key, long value) {
        if (key == FREE) {
            throw new IllegalArgumentException("key " + key + " is reserved");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(key);
        if (keys[i] == FREE) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    /** The value for {@code key}, or {@code missing}. */
    long get(long key, long missing) {
        int i = slot(key);
        return keys[i] == FREE ? missing : values[i];
    }

    /** Removes the key; shifts later entries of its probe run back so every lookup still finds them. */
    void remove(long key) {
        int i = slot(key);
        if (keys[i] == FREE) {
            return;
        }
        int mask = keys.length - 1;
        int gap = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (keys[j] == FREE) {
                break;
            }
            int home = home(keys[j]);
            // Move keys[j] into the gap unless its home lies cyclically in (gap, j].
            boolean stays = gap <= j ? (gap < home && home <= j) : (gap < home || home <= j);
            if (!stays) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        keys[gap] = FREE;
        size--;
    }

    void forEach(BiConsumer<Long, Long> out) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                out.accept(keys[i], values[i]);
            }
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = home(key);
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private int home(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (keys.length - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}

package org.mpstudio.ingest;

/**
 * An open-addressing hash table from {@code long} keys to positive {@code int} values (row numbers), without boxing.
 * Keys are mixed before hashing because packed keys (small ids side by side) collide badly in {@code Long.hashCode}.
 */
final class LongKeyTable {

    private long[] keys = new long[1 << 10];
    private int[] values = new int[1 << 10];
    private int size;

    /** Stores {@code value} for {@code key} unless present; returns the value already stored, or 0. */
    int putIfAbsent(long key, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (values[i] == 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return 0;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** The murmur3 64-bit finalizer, folded to an int. */
    private static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}

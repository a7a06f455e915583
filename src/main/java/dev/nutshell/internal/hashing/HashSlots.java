package dev.nutshell.internal.hashing;

import java.util.Arrays;

/**
 * The slots of an open-addressing hash table: maps 32-bit hashes (from {@link SeededHash}) to the
 * numbers of the entries a caller keeps in its own arrays. The caller numbers its entries from 1,
 * compares keys itself, and looks an entry up by walking the slots that hold its hash:
 *
 * <pre>{@code
 * int hash = seededHash.of(key);
 * for (int slot = slots.find(hash), entry; (entry = slots.entryAt(slot)) != 0; slot = slots.findNext(slot, hash)) {
 *     if (keys[entry].equals(key)) return entry;
 * }
 * slots.add(hash, newEntry);  // after making room for the new entry in the caller's arrays
 * }</pre>
 *
 * <p>Linear probing over a power-of-two array of {@code long}s, each holding a hash beside its
 * entry number, kept at most half full: an expected 1.5 slots per hit and 2.5 per miss when hashes
 * are spread, which {@link SeededHash} makes them whatever the keys. A hash's slot is its top bits,
 * the ones multiply-shift hashing spreads. Slots looked at are counted for tests.
 *
 * <p>Exception safety: {@link #add(int, int)} allocates the larger array before it changes
 * anything, so an {@link OutOfMemoryError} leaves the table as it was. Not thread-safe.
 */
public final class HashSlots {
    private static final int MIN_CAPACITY = 16;
    private static final int MAX_CAPACITY = 1 << 30;

    /** Per slot: 0 when free, else the hash in the high half and the entry number (from 1) in the low. */
    private long[] slots;
    /** 32 − log₂(capacity): a hash's slot is its top bits, {@code hash >>> shift}. */
    private int shift;
    private int size;
    private long probes;
    /**
     * The free slot where the last walk ended and its hash, or -1: where {@link #add(int, int)}
     * puts that hash's entry without walking again, as long as nothing was added since.
     */
    private int freeSlot = -1;
    private int freeSlotHash;

    /**
     * @param expectedEntries about how many entries to expect, {@code >= 0}; a good guess saves
     *     growing the table, a bad one costs only that
     */
    public HashSlots(int expectedEntries) {
        int capacity = MIN_CAPACITY;
        while (capacity < MAX_CAPACITY && capacity < 2L * expectedEntries) {
            capacity *= 2;
        }
        slots = new long[capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    /**
     * @param hash a key's hash
     * @return the first slot of its probe sequence that is free or holds {@code hash}
     */
    public int find(int hash) {
        return scan(hash >>> shift, hash);
    }

    /**
     * @param slot a slot returned by {@link #find(int)} or this method, holding {@code hash}
     * @param hash the same hash
     * @return the next slot of the probe sequence that is free or holds {@code hash}
     */
    public int findNext(int slot, int hash) {
        return scan((slot + 1) & (slots.length - 1), hash);
    }

    /**
     * @param slot a slot returned by {@link #find(int)} or {@link #findNext(int, int)}
     * @return the entry number in it, {@code >= 1}, or 0 if it is free (the probe sequence ends)
     */
    public int entryAt(int slot) {
        return (int) slots[slot];
    }

    private int scan(int start, int hash) {
        long[] table = slots;
        int mask = table.length - 1;
        int slot = start;
        long used;
        while ((used = table[slot]) != 0 && (int) (used >>> 32) != hash) {
            slot = (slot + 1) & mask;
        }
        probes += ((slot - start) & mask) + 1; // once, not per step: the field is no loop-carried store
        if (used == 0) {
            freeSlot = slot;
            freeSlotHash = hash;
        }
        return slot;
    }

    /**
     * Adds an entry whose key is not in the table yet (the caller has just walked its hash's slots
     * without finding it: the free slot where that walk ended takes the entry, unless the table
     * grows first, which it does if it would be more than half full).
     *
     * @param hash the key's hash
     * @param entry the entry number, {@code >= 1}
     * @throws IllegalStateException if the table already holds 2³⁰ − 1 entries
     */
    public void add(int hash, int entry) {
        if (2L * (size + 1) > slots.length) {
            grow();
        }
        int slot = freeSlot >= 0 && freeSlotHash == hash ? freeSlot : freeSlotOf(hash);
        slots[slot] = (long) hash << 32 | entry;
        size++;
        freeSlot = -1;
    }

    private int freeSlotOf(int hash) {
        long[] table = slots;
        int mask = table.length - 1;
        int start = hash >>> shift;
        int slot = start;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        probes += ((slot - start) & mask) + 1;
        return slot;
    }

    private void grow() {
        if (slots.length == MAX_CAPACITY) {
            if (size + 1 < MAX_CAPACITY) {
                return; // fuller than half, still correct: a free slot ends every probe sequence
            }
            throw new IllegalStateException("hash table full: " + size + " entries");
        }
        long[] larger = new long[slots.length * 2];
        int mask = larger.length - 1;
        int largerShift = shift - 1;
        for (long used : slots) {
            if (used != 0) {
                int slot = (int) (used >>> 32) >>> largerShift;
                while (larger[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                larger[slot] = used;
            }
        }
        slots = larger;
        shift = largerShift;
        freeSlot = -1;
    }

    /** Removes every entry, keeping the capacity. */
    public void clear() {
        Arrays.fill(slots, 0);
        size = 0;
        freeSlot = -1;
    }

    /** @return the number of entries */
    public int size() {
        return size;
    }

    /** @return the slots looked at by {@link #find}, {@link #findNext} and {@link #add} so far: the table's cost, for tests */
    public long probes() {
        return probes;
    }
}

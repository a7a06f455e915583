package dev.nutshell.internal.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The open-addressing slots on their own, used as the tables use them: keys kept by the caller,
 * numbered from 1, compared by the caller.
 */
class HashSlotsTest {
    private static final SeededHash HASH = new SeededHash(7);

    /** A tiny string set over the slots, as the term dictionary is. */
    private static final class StringSet {
        final HashSlots slots = new HashSlots(0);
        final List<String> keys = new ArrayList<>(List.of(""));

        /** @return the key's entry number, added if new */
        int entryOf(String key) {
            int hash = HASH.of(key);
            for (int slot = slots.find(hash), entry; (entry = slots.entryAt(slot)) != 0; slot = slots.findNext(slot, hash)) {
                if (keys.get(entry).equals(key)) {
                    return entry;
                }
            }
            keys.add(key);
            slots.add(hash, keys.size() - 1);
            return keys.size() - 1;
        }
    }

    @Test
    void everyKeyKeepsItsEntryAsTheTableGrows() {
        StringSet set = new StringSet();
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i + 1, set.entryOf("key" + i));
        }
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i + 1, set.entryOf("key" + i));
        }
        assertEquals(10_000, set.slots.size());
    }

    /** Keys with one and the same hash (a caller's degenerate hash) are still told apart, only slower. */
    @Test
    void keysWithEqualHashesAreToldApartByTheCaller() {
        HashSlots slots = new HashSlots(4);
        for (int entry = 1; entry <= 100; entry++) {
            slots.add(12345, entry);
        }
        List<Integer> found = new ArrayList<>();
        for (int slot = slots.find(12345), entry; (entry = slots.entryAt(slot)) != 0; slot = slots.findNext(slot, 12345)) {
            found.add(entry);
        }
        assertEquals(100, found.size());
        assertEquals(0, slots.entryAt(slots.find(54321)), "another hash finds nothing");
    }

    /**
     * Clustered keys (consecutive single characters, then numbers) and keys that collide under
     * {@code String.hashCode} (blocks "an"/"c0"): each insertion after its failed lookup, and each
     * later lookup, looks at fewer than 2 slots on average.
     */
    @Test
    void clusteredAndCollidingKeysCostFewProbes() {
        List<String> keys = new ArrayList<>();
        for (char c = '\u0100'; c < '\u0100' + 20_000; c++) {
            keys.add(String.valueOf(c));
            keys.add(Integer.toString(c));
        }
        for (int bits = 0; bits < 1 << 12; bits++) {
            StringBuilder word = new StringBuilder();
            for (int block = 0; block < 12; block++) {
                word.append((bits >> block & 1) == 0 ? "an" : "c0");
            }
            keys.add(word.toString());
        }
        StringSet set = new StringSet();
        keys.forEach(set::entryOf);
        keys.forEach(set::entryOf);

        long operations = 2L * keys.size();
        assertTrue(set.slots.probes() < 2 * operations, set.slots.probes() + " probes for " + operations + " operations");
    }

    @Test
    void clearingEmptiesTheTable() {
        StringSet set = new StringSet();
        set.entryOf("harbour");
        set.slots.clear();

        assertEquals(0, set.slots.size());
        assertEquals(0, set.slots.entryAt(set.slots.find(HASH.of("harbour"))));
    }
}

package dev.nutshell.internal.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.testing.CollidingWords;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keyed hash of character sequences: consistent, and spread where {@code String.hashCode} is not. */
class SeededHashTest {
    private static final SeededHash HASH = new SeededHash(42);

    @Test
    void aStringAndTheSameCharactersInAnArrayHashAlike() {
        for (String text : List.of("", "a", "ab", "abc", "abcd", "harbour", "\u0000", "a\u0000", "😀 café", "x".repeat(100))) {
            char[] padded = ("<<" + text + ">>").toCharArray();
            assertEquals(HASH.of(text), HASH.of(padded, 2, 2 + text.length()), text);
            assertEquals(HASH.of(text), HASH.of(new StringBuilder(text)), text);
        }
    }

    /** The length is part of the hash: trailing U+0000 characters, packed as zero bits, still count. */
    @Test
    void trailingNullCharactersChangeTheHash() {
        Set<Integer> hashes = new HashSet<>();
        for (int nulls = 0; nulls < 7; nulls++) {
            hashes.add(HASH.of("a" + "\u0000".repeat(nulls)));
        }
        assertEquals(7, hashes.size());
    }

    @Test
    void theSameSeedGivesTheSameHashAndAnotherSeedAnother() {
        assertEquals(HASH.of("harbour"), new SeededHash(42).of("harbour"));
        assertEquals(HASH.ofLong(123456789L), new SeededHash(42).ofLong(123456789L));
        int differing = 0;
        for (int i = 0; i < 100; i++) {
            differing += HASH.of("word" + i) != new SeededHash(43).of("word" + i) ? 1 : 0;
        }
        assertTrue(differing >= 99, differing + " of 100 hashes differ between seeds");
    }

    /**
     * The 4,096 words of 12 blocks "an" or "c0" share one {@code String.hashCode}; here they fall
     * into 4,096 buckets (the top 12 bits, as a table's slot) as random values would: no bucket
     * holds more than 9 of them (random values: 7 or 8), whatever the seed.
     */
    @Test
    void wordsThatCollideUnderStringHashCodeSpreadOverTheSlotBits() {
        List<String> words = CollidingWords.ofBlocks(12);
        for (long seed = 0; seed < 10; seed++) {
            SeededHash hash = new SeededHash(seed);
            int[] bucket = new int[1 << 12];
            for (String word : words) {
                bucket[hash.of(word) >>> 20]++;
            }
            int fullest = 0;
            for (int count : bucket) {
                fullest = Math.max(fullest, count);
            }
            assertTrue(fullest <= 9, "seed " + seed + ": " + fullest + " words in one bucket");
        }
    }

    /**
     * Consecutive code points (single-character terms), consecutive {@code String.hashCode}s and
     * consecutive packed keys do not land in neighbouring slots (the top 16 bits, as in a table of
     * 65,536 slots): at most 2 of 1,000 neighbours each, as for random values.
     */
    @Test
    void consecutiveKeysDoNotLandInNeighbouringSlots() {
        int characters = 0;
        int ints = 0;
        int longs = 0;
        for (int i = 0; i < 1000; i++) {
            characters += neighbours(HASH.of(String.valueOf((char) (0x4E00 + i))), HASH.of(String.valueOf((char) (0x4E01 + i))));
            ints += neighbours(HASH.ofInt(i), HASH.ofInt(i + 1));
            longs += neighbours(HASH.ofLong(i), HASH.ofLong(i + 1));
        }
        assertTrue(characters <= 2 && ints <= 2 && longs <= 2, characters + ", " + ints + ", " + longs + " neighbours");
    }

    private static int neighbours(int hash, int other) {
        return Math.abs((hash >>> 16) - (other >>> 16)) <= 1 ? 1 : 0;
    }

}

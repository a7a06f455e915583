package dev.nutshell.internal.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
     * into 4,096 buckets (the low 12 bits, as a table slot) as random values would: no bucket
     * holds more than 9 of them (random values: 7 or 8), whatever the seed.
     */
    @Test
    void wordsThatCollideUnderStringHashCodeSpreadOverTheLowBits() {
        List<String> words = blockWords(12);
        for (long seed = 0; seed < 10; seed++) {
            SeededHash hash = new SeededHash(seed);
            int[] bucket = new int[1 << 12];
            for (String word : words) {
                bucket[hash.of(word) & (bucket.length - 1)]++;
            }
            int fullest = 0;
            for (int count : bucket) {
                fullest = Math.max(fullest, count);
            }
            assertTrue(fullest <= 9, "seed " + seed + ": " + fullest + " words in one bucket");
        }
    }

    /** Consecutive code points (single-character terms) and consecutive numbers do not stay consecutive. */
    @Test
    void consecutiveKeysDoNotLandInConsecutiveSlots() {
        int neighbours = 0;
        int previous = HASH.of("\u4E00");
        for (char c = '\u4E01'; c < '\u4E00' + 1000; c++) {
            int next = HASH.of(String.valueOf(c));
            neighbours += Math.abs((next & 0xFFFF) - (previous & 0xFFFF)) <= 1 ? 1 : 0;
            previous = next;
        }
        assertTrue(neighbours <= 2, neighbours + " consecutive characters in neighbouring slots");
        assertNotEquals(HASH.ofLong(1) + 1, HASH.ofLong(2));
    }

    private static List<String> blockWords(int blocks) {
        List<String> words = new ArrayList<>();
        for (int bits = 0; bits < 1 << blocks; bits++) {
            StringBuilder word = new StringBuilder();
            for (int block = 0; block < blocks; block++) {
                word.append((bits >> block & 1) == 0 ? "an" : "c0");
            }
            words.add(word.toString());
        }
        return words;
    }
}

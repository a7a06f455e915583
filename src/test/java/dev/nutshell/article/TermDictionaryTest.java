package dev.nutshell.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.testing.CollidingWords;
import dev.nutshell.internal.hashing.SeededHash;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's term interning: ids in order of first appearance, a few probes per lookup whatever the terms. */
class TermDictionaryTest {

    @Test
    void idsFollowTheOrderOfFirstAppearance() {
        TermDictionary dictionary = new TermDictionary(4);
        assertEquals(0, dictionary.idOf("harbour"));
        assertEquals(1, dictionary.idOf("boat"));
        assertEquals(0, dictionary.idOf(new String("harbour")));
        assertEquals(2, dictionary.idOf("sail"));
        assertArrayEquals(new String[] {"harbour", "boat", "sail"}, dictionary.terms());
    }

    /**
     * All 4,096 words of 12 blocks "an" or "c0" share one {@code String.hashCode}: the dictionary
     * notices and hashes them by their characters instead.
     */
    @Test
    void termsWhoseStringHashesCollideCostAFewProbesEach() {
        List<String> terms = CollidingWords.ofBlocks(12);
        assertEquals(1, terms.stream().mapToInt(String::hashCode).distinct().count());
        assertTrue(assertFewProbesPerLookup(terms).hashesByCharacters());
    }

    /** Ordinary words and single characters keep the cheap hash of their cached {@code String.hashCode}. */
    @Test
    void ordinaryTermsAreHashedByTheirStringHashCode() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            terms.add("word" + i);
            terms.add(String.valueOf((char) ('\u4E00' + i)));
        }
        assertFalse(assertFewProbesPerLookup(terms).hashesByCharacters());
    }

    /**
     * A single-character term's {@code String.hashCode} is its code point: 30,000 consecutive ones
     * (the ideographs of random text) fill one run of slots if the slot comes from that hash, and
     * every other term that lands in the run walks to its end.
     */
    @Test
    void singleCharacterTermsAndWordsCostAFewProbesEach() {
        List<String> terms = new ArrayList<>();
        for (char c = '\u4E00'; c < '\u4E00' + 30_000; c++) {
            terms.add(String.valueOf(c));
        }
        for (int i = 0; i < 30_000; i++) {
            terms.add("word" + i);
        }
        assertFewProbesPerLookup(terms);
    }

    /**
     * Interns every term twice (the second time a copy): at most 3 slots looked at per lookup, on
     * average, with each of five fixed hash seeds (the JVM's own is random).
     *
     * @return the dictionary of the last seed
     */
    private static TermDictionary assertFewProbesPerLookup(List<String> terms) {
        TermDictionary dictionary = null;
        for (long seed = 0; seed < 5; seed++) {
            dictionary = new TermDictionary(16, new SeededHash(seed));
            for (int i = 0; i < terms.size(); i++) {
                assertEquals(i, dictionary.idOf(terms.get(i)));
            }
            for (int i = 0; i < terms.size(); i++) {
                assertEquals(i, dictionary.idOf(new String(terms.get(i))));
            }
            long lookups = 2L * terms.size();
            assertTrue(dictionary.probes() <= 3 * lookups, "seed " + seed + ": " + dictionary.probes() + " probes for " + lookups + " lookups");
        }
        return dictionary;
    }


    /** The hash is keyed at random per JVM; the ids must not show it. */
    @Test
    void idsDoNotDependOnTheHashSeed() {
        List<String> terms = new ArrayList<>(CollidingWords.ofBlocks(8));
        for (int i = 0; i < 500; i++) {
            terms.add(String.valueOf((char) ('\u4E00' + i % 300)));
            terms.add("w" + i % 200);
        }
        TermDictionary one = new TermDictionary(4, new SeededHash(1));
        TermDictionary other = new TermDictionary(4, new SeededHash(2));
        for (String term : terms) {
            assertEquals(one.idOf(term), other.idOf(term), term);
        }
        assertArrayEquals(one.terms(), other.terms());
    }
}

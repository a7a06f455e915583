package dev.nutshell.article;

import dev.nutshell.internal.hashing.HashSlots;
import dev.nutshell.internal.hashing.SeededHash;
import java.util.Arrays;

/**
 * Interns an article's terms into ids 0, 1, 2, ... in order of first appearance.
 *
 * <p>Why not {@code HashMap<String, Integer>}: a boxed id per lookup and an entry object per term
 * cost more than the rest of building the article. The library's open-addressing {@link HashSlots}
 * over its keyed {@link SeededHash} instead of {@code String.hashCode}, which gives every word built
 * of the blocks "an" and "c0" the same hash and every single character its code point, so that
 * such terms made probe sequences as long as the article. A term that is the very string seen
 * before (the English analyzer hands out its cached stems) is found without comparing characters.
 * Ids depend on the terms only, never on the hash. Not thread-safe: owned by one {@link
 * Article.Builder}.
 */
final class TermDictionary {
    private static final int RECENT_MAX = 1024;
    private final SeededHash hash;
    private final HashSlots slots;
    /** Per entry (id + 1): the term; entry 0 is never used, since the slots reserve it for "free". */
    private String[] terms;
    private int size;
    /** A direct-mapped cache of recently looked-up term instances and their ids. */
    private final String[] recentTerms;
    private final int[] recentIds;
    private final int recentShift;

    /**
     * @param expectedTerms about how many distinct terms to expect; a good guess saves rehashing
     *     the table as it grows, a bad one costs nothing but that
     */
    TermDictionary(int expectedTerms) {
        this(expectedTerms, SeededHash.perJvm());
    }

    /** @param hash the hash of terms: a fixed one in tests, so that they do not depend on the JVM's */
    TermDictionary(int expectedTerms, SeededHash hash) {
        int expected = Math.max(16, Math.min(expectedTerms, 1 << 15));
        this.hash = hash;
        this.slots = new HashSlots(expected);
        this.terms = new String[expected + 1];
        int recentSize = Math.min(RECENT_MAX, Integer.highestOneBit(expected) * 2);
        this.recentTerms = new String[recentSize];
        this.recentIds = new int[recentSize];
        this.recentShift = Integer.numberOfLeadingZeros(recentSize) + 1;
    }

    /** @return the id of {@code term}, a new one if it is new */
    int idOf(String term) {
        // The recent terms by identity first: the analyzer hands out the same string for every
        // occurrence of a word, and its String.hashCode is cached in it, so a repeat costs no
        // hashing of characters. A cache and no table: a String.hashCode collision only misses.
        int recent = term.hashCode() * 0x9E3779B9 >>> recentShift;
        if (recentTerms[recent] == term) {
            return recentIds[recent];
        }
        int id = lookUp(term);
        recentTerms[recent] = term;
        recentIds[recent] = id;
        return id;
    }

    private int lookUp(String term) {
        int termHash = hash.of(term);
        for (int slot = slots.find(termHash), entry; (entry = slots.entryAt(slot)) != 0;
                slot = slots.findNext(slot, termHash)) {
            String candidate = terms[entry];
            if (candidate == term || candidate.equals(term)) {
                return entry - 1;
            }
        }
        return add(term, termHash);
    }

    /** @return the number of distinct terms */
    int size() {
        return size;
    }

    /** @return the terms by id */
    String[] terms() {
        return Arrays.copyOfRange(terms, 1, size + 1);
    }

    /** @return the slots looked at so far, by lookups and insertions: the dictionary's cost, for tests */
    long probes() {
        return slots.probes();
    }

    /** Adds a new term; every allocation comes before any change, so a failed one leaves the dictionary as it was. */
    private int add(String term, int termHash) {
        int entry = size + 1;
        if (entry == terms.length) {
            terms = Arrays.copyOf(terms, 2 * entry);
        }
        terms[entry] = term;
        slots.add(termHash, entry);
        size = entry;
        return entry - 1;
    }
}

package dev.nutshell.article;

import dev.nutshell.internal.hashing.HashSlots;
import dev.nutshell.internal.hashing.SeededHash;
import java.util.Arrays;

/**
 * Interns an article's terms into ids 0, 1, 2, ... in order of first appearance.
 *
 * <p>Why not {@code HashMap<String, Integer>}: a boxed id per lookup and an entry object per term
 * cost more than the rest of building the article. The library's open-addressing {@link HashSlots}
 * instead, keyed by the {@link SeededHash} of the term's {@code String.hashCode}: the string caches
 * that hash, so a lookup hashes no characters, and the keyed mixing spreads the consecutive hashes
 * of single-character terms, whose slot was their code point (1 MB of random text took 9 to 30 s).
 * Terms that collide under {@code String.hashCode} itself (every word built of the blocks "an" and
 * "c0") cannot be spread that way: once a lookup meets more than {@value #MAX_COLLISIONS} other
 * terms with its hash, the dictionary rehashes every term by its characters ({@link
 * SeededHash#of(CharSequence)}) and stays so, at one hash of the characters per lookup. A term
 * that is the very string seen before (the English analyzer hands out its cached stems) is found
 * without comparing characters. Ids depend on the terms only, never on the hash. Not thread-safe:
 * owned by one {@link Article.Builder}.
 */
final class TermDictionary {
    /** More terms than this with one {@code String.hashCode} in one lookup is no accident. */
    static final int MAX_COLLISIONS = 8;

    private final SeededHash hash;
    private HashSlots slots;
    /** Whether terms are hashed by their characters rather than by {@code String.hashCode}. */
    private boolean byCharacters;
    /** Per entry (id + 1): the term; entry 0 is never used, since the slots reserve it for "free". */
    private String[] terms;
    private int size;
    private long earlierProbes;

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
    }

    /** @return the id of {@code term}, a new one if it is new */
    int idOf(String term) {
        int termHash = hashOf(term);
        int collisions = 0;
        for (int slot = slots.find(termHash), entry; (entry = slots.entryAt(slot)) != 0;
                slot = slots.findNext(slot, termHash)) {
            String candidate = terms[entry];
            if (candidate == term || candidate.equals(term)) {
                return entry - 1;
            }
            collisions++;
        }
        if (collisions > MAX_COLLISIONS && !byCharacters) {
            hashByCharacters();
            return idOf(term);
        }
        return add(term, termHash);
    }

    private int hashOf(String term) {
        return byCharacters ? hash.of(term) : hash.ofInt(term.hashCode());
    }

    /** @return the number of distinct terms */
    int size() {
        return size;
    }

    /** @return the terms by id */
    String[] terms() {
        return Arrays.copyOfRange(terms, 1, size + 1);
    }

    /** @return whether the terms are hashed by their characters, after a flood of equal {@code String.hashCode}s */
    boolean hashesByCharacters() {
        return byCharacters;
    }

    /** @return the slots looked at so far, by lookups and insertions: the dictionary's cost, for tests */
    long probes() {
        return earlierProbes + slots.probes();
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

    /** Rebuilds the slots with every term hashed by its characters; O(terms), once per dictionary at most. */
    private void hashByCharacters() {
        HashSlots rebuilt = new HashSlots(size + 1);
        for (int entry = 1; entry <= size; entry++) {
            rebuilt.add(hash.of(terms[entry]), entry);
        }
        earlierProbes += slots.probes();
        slots = rebuilt;
        byCharacters = true;
    }
}

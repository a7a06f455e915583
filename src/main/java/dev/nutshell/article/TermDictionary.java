package dev.nutshell.article;

import java.util.Arrays;

/**
 * Interns an article's terms into ids 0, 1, 2, ... in order of first appearance.
 *
 * <p>Why not {@code HashMap<String, Integer>}: a boxed id per lookup and an entry object per term
 * cost more than the rest of building the article. Open addressing with linear probing over a
 * power-of-two table kept at most half full; a term that is the very string seen before (the
 * English analyzer hands out its cached stems) is found without comparing characters. Not
 * thread-safe: owned by one {@link Article.Builder}.
 */
final class TermDictionary {
    private String[] slotTerms;
    private int[] slotIds;
    private String[] terms;
    private int size;
    private long probes;

    /**
     * @param expectedTerms about how many distinct terms to expect; a good guess saves rehashing
     *     the table as it grows, a bad one costs nothing but that
     */
    TermDictionary(int expectedTerms) {
        int capacity = Integer.highestOneBit(Math.max(32, Math.min(expectedTerms, 1 << 15))) * 2;
        slotTerms = new String[capacity];
        slotIds = new int[capacity];
        terms = new String[capacity / 2];
    }

    /** @return the id of {@code term}, a new one if it is new */
    int idOf(String term) {
        int mask = slotTerms.length - 1;
        int hash = term.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (true) {
            probes++;
            String candidate = slotTerms[slot];
            if (candidate == null) {
                return add(term, slot);
            }
            if (candidate == term || candidate.equals(term)) {
                return slotIds[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** @return the slots looked at by every {@link #idOf(String)} so far */
    long probes() {
        return probes;
    }

    /** @return the number of distinct terms */
    int size() {
        return size;
    }

    /** @return the terms by id */
    String[] terms() {
        return Arrays.copyOf(terms, size);
    }

    private int add(String term, int slot) {
        int id = size++;
        if (id == terms.length) {
            terms = Arrays.copyOf(terms, id * 2);
        }
        terms[id] = term;
        slotTerms[slot] = term;
        slotIds[slot] = id;
        if (2 * size > slotTerms.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int capacity = slotTerms.length * 2;
        slotTerms = new String[capacity];
        slotIds = new int[capacity];
        int mask = capacity - 1;
        for (int id = 0; id < size; id++) {
            int hash = terms[id].hashCode();
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (slotTerms[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slotTerms[slot] = terms[id];
            slotIds[slot] = id;
        }
    }
}

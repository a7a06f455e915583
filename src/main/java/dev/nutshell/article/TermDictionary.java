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
    private String[] slotTerms = new String[64];
    private int[] slotIds = new int[64];
    private String[] terms = new String[32];
    private int size;

    /** @return the id of {@code term}, a new one if it is new */
    int idOf(String term) {
        int mask = slotTerms.length - 1;
        int hash = term.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (true) {
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

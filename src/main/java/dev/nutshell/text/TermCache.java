package dev.nutshell.text;

import java.util.Arrays;

/**
 * The token being read and a cache from tokens to their terms (the stem, or none for a stop word),
 * keyed by the token's characters so that a token already seen costs one hash probe and no
 * allocation: no {@code String} is made for it, and neither the stop-word set nor the stemmer is
 * asked again.
 *
 * <p>Why: on news text nine tokens in ten repeat a word already seen, and building a string,
 * hashing it twice and stemming it again was a third of the time of a whole summary.
 *
 * <p>Open addressing with linear probing over a power-of-two table that doubles while it is at
 * most half full; beyond {@value #LIMIT} entries the cache starts afresh, so memory stays bounded
 * (about 60 bytes per entry plus the strings). Not thread-safe: owned by one {@link AnalysisWorker}.
 */
final class TermCache {
    /** The most entries kept; then the cache is cleared. */
    static final int LIMIT = 50_000;
    private static final int INITIAL_CAPACITY = 1024;

    private char[] token = new char[64];
    private int tokenLength;
    private int tokenHash;

    private char[][] keys = new char[INITIAL_CAPACITY][];
    private int[] hashes = new int[INITIAL_CAPACITY];
    private String[] terms = new String[INITIAL_CAPACITY];
    private int size;

    /** Starts a new token. */
    void startToken() {
        tokenLength = 0;
        tokenHash = 0;
    }

    /** @return the length of the current token in UTF-16 characters */
    int tokenLength() {
        return tokenLength;
    }

    /** Appends one character to the current token. */
    void append(char c) {
        if (tokenLength == token.length) {
            token = Arrays.copyOf(token, tokenLength * 2);
        }
        token[tokenLength++] = c;
        tokenHash = 31 * tokenHash + c;
    }

    /** Appends one code point (one or two UTF-16 characters) to the current token. */
    void appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            append((char) codePoint);
        } else {
            append(Character.highSurrogate(codePoint));
            append(Character.lowSurrogate(codePoint));
        }
    }

    /** @return the current token as a string */
    String token() {
        return new String(token, 0, tokenLength);
    }

    /**
     * Looks the current token up.
     *
     * @return its slot, {@code >= 0}, if cached; otherwise {@code -(free slot) - 1}, to pass to
     *     {@link #put(int, String)}
     */
    int find() {
        int mask = keys.length - 1;
        int slot = spread(tokenHash) & mask;
        while (true) {
            char[] key = keys[slot];
            if (key == null) {
                return -slot - 1;
            }
            if (hashes[slot] == tokenHash && Arrays.equals(key, 0, key.length, token, 0, tokenLength)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * @param slot a slot returned by {@link #find()}, {@code >= 0}
     * @return the cached term, or {@code null} for a stop word
     */
    String termAt(int slot) {
        return terms[slot];
    }

    /**
     * Caches the current token's term.
     *
     * @param missing what {@link #find()} returned for the current token, {@code < 0}
     * @param term the term, or {@code null} for a stop word
     */
    void put(int missing, String term) {
        int slot = -missing - 1;
        if (size >= LIMIT || 2 * (size + 1) > keys.length) {
            if (size >= LIMIT) {
                clear();
            } else {
                grow();
            }
            slot = -find() - 1;
        }
        keys[slot] = Arrays.copyOf(token, tokenLength);
        hashes[slot] = tokenHash;
        terms[slot] = term;
        size++;
    }

    private void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(terms, null);
        size = 0;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        String[] oldTerms = terms;
        int capacity = oldKeys.length * 2;
        keys = new char[capacity][];
        hashes = new int[capacity];
        terms = new String[capacity];
        int mask = capacity - 1;
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != null) {
                int slot = spread(oldHashes[old]) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[old];
                hashes[slot] = oldHashes[old];
                terms[slot] = oldTerms[old];
            }
        }
    }

    /** Mixes the high bits into the low ones, which pick the slot (as {@code HashMap} does). */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}

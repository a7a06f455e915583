package dev.nutshell.text;

import java.util.Arrays;

/**
 * The token being read and a cache from tokens to their terms (the stem, or none for a stop word),
 * keyed by the token's characters so that a token already seen costs one hash probe and no
 * allocation: no {@code String} is made for it, and neither the stop-word set nor the stemmer is
 * asked again.
 *
 * <p>Why: on news text nine tokens in ten repeat a word already seen, and building a string,
 * hashing it twice and stemming it again was a third of the time of a whole summary. The layout
 * is about memory, not instructions: a cache of tens of thousands of words does not fit in the
 * processor's caches, so a lookup should touch few places. A slot's hash, key position, key length
 * and term index sit side by side in one {@code int[]}, and the keys' characters one after the
 * other in one {@code char[]}: a lookup reads one slot (usually), one run of characters and the
 * term.
 *
 * <p>Open addressing with linear probing over a power-of-two table that doubles while it is at
 * most half full; beyond {@value #LIMIT} entries the cache starts afresh, so memory stays bounded
 * (about 40 bytes per entry plus the terms). Not thread-safe: owned by one {@link AnalysisWorker}.
 */
final class TermCache {
    /** The most entries kept; then the cache is cleared. */
    static final int LIMIT = 50_000;
    private static final int INITIAL_SLOTS = 1024;
    /** Ints per slot: hash, key start, key length (0 for a free slot: tokens are never empty), term index. */
    private static final int STRIDE = 4;
    private static final int NO_TERM = -1;

    private char[] token = new char[64];
    private int tokenLength;
    private int tokenHash;
    private int tokenMaxLength;
    private boolean tokenTooLong;

    private int[] slots = new int[INITIAL_SLOTS * STRIDE];
    private char[] keys = new char[INITIAL_SLOTS * 4];
    private int keysLength;
    /** The terms in order of insertion; a slot refers to one by index. */
    private String[] terms = new String[INITIAL_SLOTS / 2];
    private int termCount;
    private int size;

    /**
     * Starts a new token.
     *
     * @param maxLength once the token is this long, a further letter or digit makes it too long
     */
    void startToken(int maxLength) {
        tokenLength = 0;
        tokenHash = 0;
        tokenMaxLength = maxLength;
        tokenTooLong = false;
    }

    /** @return the length of the current token in UTF-16 characters */
    int tokenLength() {
        return tokenLength;
    }

    /** @return whether a letter or digit came when the token was already at its maximum length */
    boolean tokenTooLong() {
        return tokenTooLong;
    }

    /** Appends a letter or digit to the current token, or marks it too long. */
    void appendTermCharacter(char c) {
        if (tokenLength < tokenMaxLength) {
            append(c);
        } else {
            tokenTooLong = true;
        }
    }

    /** Appends a letter, digit or mark outside the BMP or not, or marks the token too long. */
    void appendTermCodePoint(int codePoint) {
        if (tokenLength >= tokenMaxLength) {
            tokenTooLong = true;
        } else if (Character.isBmpCodePoint(codePoint)) {
            append((char) codePoint);
        } else {
            append(Character.highSurrogate(codePoint));
            append(Character.lowSurrogate(codePoint));
        }
    }

    /** Appends an apostrophe inside a word ("don't"); it does not count against the maximum length. */
    void appendApostrophe() {
        append('\'');
    }

    private void append(char c) {
        if (tokenLength == token.length) {
            token = Arrays.copyOf(token, tokenLength * 2);
        }
        token[tokenLength++] = c;
        tokenHash = 31 * tokenHash + c;
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
        int mask = slots.length / STRIDE - 1;
        int slot = spread(tokenHash) & mask;
        while (true) {
            int base = slot * STRIDE;
            int length = slots[base + 2];
            if (length == 0) {
                return -slot - 1;
            }
            if (slots[base] == tokenHash && length == tokenLength && isToken(slots[base + 1])) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** A plain loop: words are short, too short for {@code Arrays.equals}'s vectorised compare to pay off. */
    private boolean isToken(int keyStart) {
        for (int i = 0; i < tokenLength; i++) {
            if (keys[keyStart + i] != token[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param slot a slot returned by {@link #find()}, {@code >= 0}
     * @return the cached term, or {@code null} for a stop word
     */
    String termAt(int slot) {
        int term = slots[slot * STRIDE + 3];
        return term == NO_TERM ? null : terms[term];
    }

    /**
     * Caches the current token's term.
     *
     * @param missing what {@link #find()} returned for the current token, {@code < 0}
     * @param term the term, or {@code null} for a stop word
     */
    void put(int missing, String term) {
        int slot = -missing - 1;
        if (size >= LIMIT) {
            clear();
            slot = -find() - 1;
        } else if (2 * (size + 1) > slots.length / STRIDE) {
            grow();
            slot = -find() - 1;
        }
        if (keysLength + tokenLength > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(2 * keys.length, keysLength + tokenLength));
        }
        System.arraycopy(token, 0, keys, keysLength, tokenLength);
        int base = slot * STRIDE;
        slots[base] = tokenHash;
        slots[base + 1] = keysLength;
        slots[base + 2] = tokenLength;
        slots[base + 3] = term == null ? NO_TERM : addTerm(term);
        keysLength += tokenLength;
        size++;
    }

    private int addTerm(String term) {
        if (termCount == terms.length) {
            terms = Arrays.copyOf(terms, 2 * termCount);
        }
        terms[termCount] = term;
        return termCount++;
    }

    private void clear() {
        Arrays.fill(slots, 0);
        Arrays.fill(terms, 0, termCount, null);
        keysLength = 0;
        termCount = 0;
        size = 0;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length / STRIDE - 1;
        for (int base = 0; base < old.length; base += STRIDE) {
            if (old[base + 2] != 0) {
                int slot = spread(old[base]) & mask;
                while (slots[slot * STRIDE + 2] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, base, slots, slot * STRIDE, STRIDE);
            }
        }
    }

    /** Scatters the hash over the table: Fibonacci hashing, since words of 2 or 3 letters have small, close hashes. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}

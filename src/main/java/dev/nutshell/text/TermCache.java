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
 * processor's caches, so a lookup should touch few places. The hash table holds one {@code long}
 * per slot, the token's hash beside the number of its entry; entries are numbered in order of
 * first appearance, so frequent words, seen first, share the first cache lines of the entry
 * arrays. A token of at most 8 characters from U+0001 to U+00FF (almost every word) is compared as
 * one {@code long} holding its characters, longer ones against a pool of characters.
 *
 * <p>Open addressing with linear probing over a power-of-two table that doubles while it is at
 * most half full; beyond {@value #LIMIT} entries the cache starts afresh, so memory stays bounded
 * (about 40 bytes per entry plus the terms). Not thread-safe: owned by one {@link AnalysisWorker}.
 */
final class TermCache {
    /** The most entries kept; then the cache is cleared. */
    static final int LIMIT = 50_000;
    private static final int INITIAL_SLOTS = 1024;
    /** The packed key of a token that does not fit in a {@code long}: its characters are in the pool. */
    private static final long POOLED = -1;

    private char[] token = new char[64];
    private int tokenLength;
    private int tokenHash;
    /** The token's characters, 8 bits each from the lowest, while it fits; else {@link #POOLED}. */
    private long tokenKey;
    private int tokenMaxLength;
    private boolean tokenTooLong;

    /** Per slot: 0 when free, else the hash in the high half and the entry number (from 1) in the low. */
    private long[] table = new long[INITIAL_SLOTS];
    /** Per entry: the packed key, the pooled characters of a long key, the term (null: a stop word). */
    private long[] entryKey = new long[INITIAL_SLOTS / 2];
    private int[] entryKeyStart = new int[INITIAL_SLOTS / 2];
    private String[] entryTerm = new String[INITIAL_SLOTS / 2];
    private int entries = 1; // entry 0 is never used, so that a used slot is never 0
    private char[] pool = new char[1024];
    private int poolLength;
    private long probes;
    /** Runs before the entry arrays grow: a seam for tests to inject an allocation failure. */
    Runnable beforeGrowing = () -> { };

    /**
     * Starts a new token.
     *
     * @param maxLength once the token is this long, a further letter or digit makes it too long
     */
    void startToken(int maxLength) {
        tokenLength = 0;
        tokenHash = 0;
        tokenKey = 0;
        tokenMaxLength = maxLength;
        tokenTooLong = false;
    }

    /**
     * Makes {@code chars[from, to)}, ASCII letters and digits, the current token, lower-cased; too
     * long if there are more than {@code maxLength} of them, as if appended one by one.
     */
    void setAsciiToken(char[] chars, int from, int to, int maxLength) {
        int length = to - from;
        tokenMaxLength = maxLength;
        tokenTooLong = length > maxLength;
        if (tokenTooLong) {
            return; // a dropped token: its characters do not matter
        }
        if (token.length < length) {
            token = Arrays.copyOf(token, Math.max(length, 2 * token.length));
        }
        // Locals rather than fields in the loop: the hot loop of the whole analysis.
        char[] buffer = token;
        int hash = 0;
        long key = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[from + i];
            c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            buffer[i] = c;
            hash = 31 * hash + c;
            key |= (long) c << (Byte.SIZE * (i & 7));
        }
        tokenLength = length;
        tokenHash = hash;
        tokenKey = length <= Long.BYTES ? key : POOLED;
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
        if (tokenLength < Long.BYTES && c != 0 && c <= 0xFF && tokenKey != POOLED) {
            tokenKey |= (long) c << (Byte.SIZE * tokenLength);
        } else {
            tokenKey = POOLED;
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
     * @return its entry, {@code > 0}, if cached; otherwise {@code -(free slot) - 1}, to pass to
     *     {@link #put(int, String)}
     */
    int find() {
        int mask = table.length - 1;
        int slot = spread(tokenHash) & mask;
        long used;
        probes++;
        while ((used = table[slot]) != 0) {
            int entry = (int) used;
            if ((int) (used >>> 32) == tokenHash && entryKey[entry] == tokenKey
                    && (tokenKey != POOLED || isPooledToken(entry))) {
                return entry;
            }
            slot = (slot + 1) & mask;
            probes++;
        }
        return -slot - 1;
    }

    /** Whether the pooled characters of an entry are the current token's (which is pooled too). */
    private boolean isPooledToken(int entry) {
        int start = entryKeyStart[entry];
        int end = entry + 1 < entries ? entryKeyStart[entry + 1] : poolLength;
        if (end - start != tokenLength) {
            return false;
        }
        for (int i = 0; i < tokenLength; i++) {
            if (pool[start + i] != token[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return the slots looked at by every {@link #find()} so far */
    long probes() {
        return probes;
    }

    /** @return the number of tokens cached, at most {@value #LIMIT} */
    int size() {
        return entries - 1;
    }

    /**
     * @param entry an entry returned by {@link #find()}, {@code > 0}
     * @return the cached term, or {@code null} for a stop word
     */
    String termAt(int entry) {
        return entryTerm[entry];
    }

    /**
     * Caches the current token's term.
     *
     * @param missing what {@link #find()} returned for the current token, {@code < 0}
     * @param term the term, or {@code null} for a stop word
     */
    void put(int missing, String term) {
        int slot = -missing - 1;
        if (entries > LIMIT) {
            clear();
            slot = -find() - 1;
        } else if (2 * entries > table.length) {
            grow();
            slot = -find() - 1;
        }
        int entry = entries++;
        if (entry == entryKey.length) {
            beforeGrowing.run();
            entryKey = Arrays.copyOf(entryKey, 2 * entry);
            entryKeyStart = Arrays.copyOf(entryKeyStart, 2 * entry);
            entryTerm = Arrays.copyOf(entryTerm, 2 * entry);
        }
        entryKey[entry] = tokenKey;
        entryKeyStart[entry] = poolLength;
        entryTerm[entry] = term;
        if (tokenKey == POOLED) {
            addToPool();
        }
        table[slot] = (long) tokenHash << 32 | entry;
    }

    private void addToPool() {
        if (poolLength + tokenLength > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(2 * pool.length, poolLength + tokenLength));
        }
        System.arraycopy(token, 0, pool, poolLength, tokenLength);
        poolLength += tokenLength;
    }

    private void clear() {
        Arrays.fill(table, 0);
        Arrays.fill(entryTerm, null);
        entries = 1;
        poolLength = 0;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long used : old) {
            if (used != 0) {
                int slot = spread((int) (used >>> 32)) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = used;
            }
        }
    }

    /** Scatters the hash over the table: Fibonacci hashing, since words of 2 or 3 letters have small, close hashes. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}

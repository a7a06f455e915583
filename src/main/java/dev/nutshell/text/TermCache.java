package dev.nutshell.text;

import dev.nutshell.internal.hashing.HashSlots;
import dev.nutshell.internal.hashing.SeededHash;
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
 * processor's caches, so a lookup should touch few places. The hash table ({@link HashSlots})
 * holds one {@code long} per slot, the token's hash beside the number of its entry; entries are
 * numbered in order of first appearance, so frequent words, seen first, share the first cache
 * lines of the entry arrays. A token of at most 8 characters from U+0001 to U+00FF (almost every
 * word) is one {@code long} holding its characters, hashed and compared as such; longer ones are
 * hashed over their characters and compared against a pool of characters. The hash is the
 * library's keyed {@link SeededHash}, so that no text, however its words collide under {@code
 * String.hashCode}, makes long probe sequences.
 *
 * <p>Beyond {@value #LIMIT} entries the cache starts afresh, so memory stays bounded (about 40
 * bytes per entry plus the terms). {@link #put(String)} allocates all it needs before it changes
 * anything, so an {@link OutOfMemoryError} leaves the cache as it was. Not thread-safe: owned by
 * one {@link AnalysisWorker}.
 */
final class TermCache {
    /** The most entries kept; then the cache is cleared. */
    static final int LIMIT = 50_000;
    private static final int INITIAL_ENTRIES = 512;
    /** The packed key of a token that does not fit in a {@code long}: its characters are in the pool. */
    private static final long POOLED = -1;

    private final SeededHash hash;
    private char[] token = new char[64];
    private int tokenLength;
    /** The current token's hash, computed by {@link #find()} for {@link #put(String)}. */
    private int tokenHash;
    /** The token's characters, 8 bits each from the lowest, while it fits; else {@link #POOLED}. */
    private long tokenKey;
    private int tokenMaxLength;
    private boolean tokenTooLong;

    private final HashSlots slots = new HashSlots(INITIAL_ENTRIES);
    /** Per entry: the packed key, the pooled characters of a long key, the term (null: a stop word). */
    private long[] entryKey = new long[INITIAL_ENTRIES];
    private int[] entryKeyStart = new int[INITIAL_ENTRIES];
    private String[] entryTerm = new String[INITIAL_ENTRIES];
    private int entries = 1; // entry 0 is never used, so that a used slot is never 0
    private char[] pool = new char[1024];
    private int poolLength;
    /** Runs before the entry arrays or the pool grow: a seam for tests to inject an allocation failure. */
    Runnable beforeGrowing = () -> { };

    TermCache() {
        this(SeededHash.perJvm());
    }

    /** @param hash the hash of tokens: a fixed one in tests, so that they do not depend on the JVM's */
    TermCache(SeededHash hash) {
        this.hash = hash;
    }

    /**
     * Starts a new token.
     *
     * @param maxLength once the token is this long, a further letter or digit makes it too long
     */
    void startToken(int maxLength) {
        tokenLength = 0;
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
        long key = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[from + i];
            c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            buffer[i] = c;
            key |= (long) c << (Byte.SIZE * (i & 7));
        }
        tokenLength = length;
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
    }

    /** @return the current token as a string */
    String token() {
        return new String(token, 0, tokenLength);
    }

    /**
     * Looks the current token up.
     *
     * @return its entry, {@code > 0}, if cached; otherwise {@code -1}, and {@link #put(String)} may
     *     follow for the same token
     */
    int find() {
        long key = tokenKey;
        int hashOfToken = key != POOLED ? hash.ofLong(key) : hash.of(token, 0, tokenLength);
        tokenHash = hashOfToken;
        for (int slot = slots.find(hashOfToken), entry; (entry = slots.entryAt(slot)) != 0;
                slot = slots.findNext(slot, hashOfToken)) {
            if (entryKey[entry] == key && (key != POOLED || isPooledToken(entry))) {
                return entry;
            }
        }
        return -1;
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

    /** @return the slots looked at so far, by lookups and insertions: the cache's cost, for tests */
    long probes() {
        return slots.probes();
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
     * Caches the current token's term. Everything it needs is allocated before anything changes,
     * so a failed allocation leaves the cache as it was.
     *
     * @param term the term, or {@code null} for a stop word; the last {@link #find()} must have
     *     been for the current token, and not found it
     */
    void put(String term) {
        if (entries > LIMIT) {
            clear();
        }
        int entry = entries;
        boolean pooled = tokenKey == POOLED;
        if (entry == entryKey.length) {
            growEntries();
        }
        if (pooled && poolLength + tokenLength > pool.length) {
            beforeGrowing.run();
            pool = Arrays.copyOf(pool, Math.max(2 * pool.length, poolLength + tokenLength));
        }
        entryKey[entry] = tokenKey;
        entryKeyStart[entry] = poolLength;
        entryTerm[entry] = term;
        if (pooled) {
            System.arraycopy(token, 0, pool, poolLength, tokenLength);
        }
        slots.add(tokenHash, entry); // may grow the slots, and fail, before adding: then nothing refers to the entry
        poolLength += pooled ? tokenLength : 0;
        entries = entry + 1;
    }

    /** Doubles the entry arrays, replacing them only once all three copies exist. */
    private void growEntries() {
        beforeGrowing.run();
        int capacity = 2 * entryKey.length;
        long[] keys = Arrays.copyOf(entryKey, capacity);
        int[] keyStarts = Arrays.copyOf(entryKeyStart, capacity);
        String[] terms = Arrays.copyOf(entryTerm, capacity);
        entryKey = keys;
        entryKeyStart = keyStarts;
        entryTerm = terms;
    }

    private void clear() {
        slots.clear();
        Arrays.fill(entryTerm, null);
        entries = 1;
        poolLength = 0;
    }
}

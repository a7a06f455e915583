package dev.nutshell.text;

import dev.nutshell.internal.hashing.HashSlots;
import dev.nutshell.internal.hashing.SeededHash;
import java.util.Arrays;

/**
 * What keyphrase analysis needs of each word form, cached: the tagger's features of the form, its
 * key (stem) and its flags (stop word, common word, generic modifier), keyed by the form's
 * characters as the tagger sees them, so that a form seen lately costs one hash probe and no
 * allocation instead of a string, its lower case and six lookups in sets and maps.
 *
 * <p>Two generations of at most {@value #GENERATION_SIZE} forms each: when the recent one is
 * full it becomes the older one and the one before is dropped; a form found in the older one
 * moves back to the recent one, so that the words a text keeps using stay cached (about least
 * recently used) and memory stays bounded: about 40 bytes an entry, and the forms themselves
 * (about 0.3 KB each, half of it the tagger's weights), which are mostly those the analyzer's
 * workers share ({@link SharedWordForms}). The tables are {@link HashSlots} with the library's
 * keyed {@link SeededHash}, so that no text, however its words collide under {@code
 * String.hashCode}, makes long probe sequences.
 *
 * <p>Not thread-safe: owned by one {@link AnalysisWorker}.
 */
final class WordForms {
    /**
     * Forms per generation: the vocabulary of a few dozen news articles. A form not cached costs
     * several microseconds to analyse (the tagger's features are looked up in the model's large
     * tables, the word is stemmed), or a fraction of one to find among the shared forms; a cached
     * one costs a few tens of nanoseconds. Over the CNN/DM dev articles in turn, with 4,096 forms
     * one token in five was not in the recent generation, with 8,192 one in seven, and with
     * 16,384 about one in 25 was in neither generation.
     */
    static final int GENERATION_SIZE = 16_384;

    /**
     * A word form's analysis: its own fields, and the tagger's weights inline ({@link
     * TokenWeights}), so that the tagger reaches them without fetching a second object.
     *
     * @param key its key: the stem of its lower case
     * @param flags its {@link dev.nutshell.article.ArticleWords} flags that do not depend on context
     * @param superlative whether it looks like a superlative ({@code -est} after at least three
     *     letters), a generic modifier when tagged an adjective
     * @param openClassOnly whether it may take only an open-class tag: a word the model does not
     *     know by name and the language does not list as a function word
     * @param token the form as the tagger sees it
     * @param own the tagger's weights of its spelling; and so on: see {@link TaggerTables.TokenFeatures}
     * @param firstLeader its leading outcomes and their weights ({@link TokenWeights#firstLeader()}),
     *     among the open-class outcomes if it may take only those; and so on
     */
    record Form(String key, int flags, boolean superlative, boolean openClassOnly, String token, float[] own,
            double magnitude, NeighbourWeights neighbours, int firstLeader, int secondLeader, float firstLeaderWeight,
            float secondLeaderWeight, float restWeight)
            implements TokenWeights {
        /** A form's analysis with the tagger's weights of {@code features}. */
        static Form of(String key, int flags, boolean superlative, boolean openClassOnly,
                TaggerTables.TokenFeatures features) {
            TaggerTables.Leaders leaders = openClassOnly ? features.openClassLeaders() : features.leaders();
            return new Form(key, flags, superlative, openClassOnly, features.token(), features.own(), features.magnitude(),
                    features.neighbours(), leaders.first(), leaders.second(), leaders.firstWeight(), leaders.secondWeight(),
                    leaders.restWeight());
        }

        @Override
        public boolean leadersOpenClassOnly() {
            return openClassOnly;
        }
    }

    /** The key of a form that is not packed into a {@code long}: its characters are pooled and compared. */
    private static final long POOLED = -1;

    private final SeededHash hash;
    private Generation recent = new Generation();
    private Generation older = new Generation();
    private int lastHash;
    private long lastKey;

    WordForms() {
        this(SeededHash.perJvm());
    }

    /** @param hash the hash of forms: a fixed one in tests */
    WordForms(SeededHash hash) {
        this.hash = hash;
    }

    /**
     * Looks a form up; a form of the older generation moves to the recent one.
     *
     * @return its analysis, or null if it is not cached, and then {@link #add} may follow for the
     *     same characters
     */
    Form find(char[] chars, int from, int to) {
        long key = packed(chars, from, to);
        lastKey = key;
        lastHash = key != POOLED ? hash.ofLong(key) : hash.of(chars, from, to);
        Form form = recent.find(chars, from, to, key, lastHash);
        if (form == null) {
            form = older.find(chars, from, to, key, lastHash);
            if (form != null) {
                add(chars, from, to, form);
            }
        }
        return form;
    }

    /**
     * A form of at most eight characters, each in U+0001 to U+00FF (most words of Latin-script
     * text), packed 8 bits a character from the lowest; {@link #POOLED} for any other. A packed
     * form is hashed by one multiplication and compared as a number, without fetching characters.
     */
    private static long packed(char[] chars, int from, int to) {
        if (to - from > Long.BYTES) {
            return POOLED;
        }
        long key = 0;
        for (int i = to - 1; i >= from; i--) {
            char c = chars[i];
            if (c == 0 || c > 0xFF) {
                return POOLED;
            }
            key = key << Byte.SIZE | c;
        }
        return key;
    }

    /**
     * Caches a form that {@link #find} has just not found.
     *
     * @return the form
     */
    Form add(char[] chars, int from, int to, Form form) {
        if (recent.isFull()) {
            Generation dropped = older;
            older = recent;
            recent = dropped;
            recent.clear();
        }
        recent.add(chars, from, to, lastKey, lastHash, form);
        return form;
    }

    /** @return the slots looked at so far: the cache's cost, for tests */
    long probes() {
        return recent.slots.probes() + older.slots.probes();
    }

    /** One generation: an open-addressing table over pooled characters. */
    private static final class Generation {
        /** After a generation held a huge form, its pool is made small again when cleared. */
        private static final int POOL_SIZE = 8 * GENERATION_SIZE;

        final HashSlots slots = new HashSlots(GENERATION_SIZE + 1);
        /** Per entry: its packed form, or {@link #POOLED} if its characters are in the pool. */
        private final long[] keys = new long[GENERATION_SIZE + 1];
        private final int[] starts = new int[GENERATION_SIZE + 1];
        private final int[] lengths = new int[GENERATION_SIZE + 1];
        private final Form[] forms = new Form[GENERATION_SIZE + 1];
        private char[] pool = new char[POOL_SIZE];
        private int poolLength;
        private int entries = 1; // entry 0 is never used: HashSlots numbers entries from 1

        Form find(char[] chars, int from, int to, long key, int hash) {
            for (int slot = slots.find(hash), entry; (entry = slots.entryAt(slot)) != 0; slot = slots.findNext(slot, hash)) {
                if (keys[entry] == key && (key != POOLED
                        || Arrays.equals(pool, starts[entry], starts[entry] + lengths[entry], chars, from, to))) {
                    return forms[entry];
                }
            }
            return null;
        }

        boolean isFull() {
            return entries > GENERATION_SIZE;
        }

        void add(char[] chars, int from, int to, long key, int hash, Form form) {
            int length = key == POOLED ? to - from : 0;
            if (poolLength + length > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(2 * pool.length, poolLength + length));
            }
            System.arraycopy(chars, from, pool, poolLength, length);
            slots.add(hash, entries); // may fail growing before it changes anything: then nothing refers to the entry
            keys[entries] = key;
            starts[entries] = poolLength;
            lengths[entries] = length;
            forms[entries] = form;
            poolLength += length;
            entries++;
        }

        void clear() {
            slots.clear();
            Arrays.fill(forms, null);
            entries = 1;
            poolLength = 0;
            if (pool.length > POOL_SIZE) {
                pool = new char[POOL_SIZE];
            }
        }
    }
}

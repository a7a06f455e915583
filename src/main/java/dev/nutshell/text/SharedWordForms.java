package dev.nutshell.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The word forms that any worker of one analyzer has analysed, shared by all of them: the second
 * level behind each worker's own {@link WordForms}. Analysing a form costs several microseconds
 * (the tagger's affix and word features looked up in the model's large tables, the stem, the
 * word lists), finding it here a fraction of one, and a worker's own cache holds the forms of a
 * few dozen news articles; this one holds those of a few hundred, once per analyzer rather than
 * once per worker, so that its memory does not grow with the number of threads.
 *
 * <p>Two generations of at most {@value #GENERATION_SIZE} forms each (a few more while several
 * threads add at once): when the recent one is full it becomes the older one and the one before
 * is dropped; a form found in the older one is added to the recent one, so that the words a
 * stream of texts keeps using stay (about least recently used). At most about 2 &times; {@value
 * #GENERATION_SIZE} forms of about 0.35 KB each with their entries, 23 MB, are held, and only as
 * many as distinct forms have been seen. Keyed by the form as the tagger sees it, in {@link
 * ConcurrentHashMap}s, whose bins of strings with colliding hashes become trees (strings are
 * comparable), so that no text makes long probe sequences.
 *
 * <p>Thread-safe: lookups and additions take no lock; changing generations takes this object's.
 * A form is an immutable value of its characters and the analyzer's word lists, so a form added
 * by one thread is the form any other would have made. An {@link OutOfMemoryError} while adding
 * leaves the cache as it was: each map is made large enough for its generation never to grow, so
 * adding allocates only the new entry, before linking it (or, when changing generations, the new
 * map, before it replaces anything).
 */
final class SharedWordForms {
    /** Forms per generation: about the vocabulary of a few hundred news articles. */
    static final int GENERATION_SIZE = 32_768;

    private final int generationSize;
    private volatile Generations generations;

    /** The two generations, replaced together, so that a reader sees a recent and older that belong together. */
    private record Generations(ConcurrentHashMap<String, WordForms.Form> recent,
            ConcurrentHashMap<String, WordForms.Form> older) {
    }

    SharedWordForms() {
        this(GENERATION_SIZE);
    }

    /** @param generationSize the forms per generation, {@code >= 1}: {@link #GENERATION_SIZE}, or fewer in tests */
    SharedWordForms(int generationSize) {
        this.generationSize = generationSize;
        this.generations = new Generations(generation(), generation());
    }

    /**
     * An empty generation whose table does not grow while it holds a generation's forms and the
     * few more that threads adding at once put in: a map made for n entries has a table of a power
     * of two of at least n / 0.75 places and grows at three quarters full (for {@value
     * #GENERATION_SIZE}, 65,536 places, 256 KB, made on the first addition, growing past 49,152).
     */
    private ConcurrentHashMap<String, WordForms.Form> generation() {
        return new ConcurrentHashMap<>(generationSize);
    }

    /**
     * Looks a form up; a form of the older generation is added to the recent one.
     *
     * @param token the form as the tagger sees it
     * @return its analysis, or null if no worker has added it lately
     */
    WordForms.Form find(String token) {
        Generations current = generations;
        WordForms.Form form = current.recent.get(token);
        if (form == null) {
            form = current.older.get(token);
            if (form != null) {
                add(token, form);
            }
        }
        return form;
    }

    /**
     * Adds a form's analysis, replacing any the recent generation holds for it (an equal one).
     *
     * @param token the form as the tagger sees it
     * @param form its analysis
     */
    void add(String token, WordForms.Form form) {
        Generations current = generations;
        if (current.recent.size() >= generationSize) {
            current = nextGeneration(current);
        }
        current.recent.put(token, form);
    }

    /**
     * The generations after {@code full}: a new recent one, and {@code full}'s recent as the
     * older; or those another thread has made meanwhile.
     */
    private synchronized Generations nextGeneration(Generations full) {
        Generations current = generations;
        if (current == full) {
            current = new Generations(generation(), full.recent);
            generations = current;
        }
        return current;
    }

    /** @return the number of forms held, in both generations (a form may be in both): for tests */
    int size() {
        Generations current = generations;
        return current.recent.size() + current.older.size();
    }
}

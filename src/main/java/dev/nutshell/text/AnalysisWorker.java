package dev.nutshell.text;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The mutable per-call state of a language's analyzer: an OpenNLP sentence detector and a Snowball
 * stemmer (neither is thread-safe in OpenNLP 2.5), each if the language has one, and the token buffer with its cache of terms;
 * for keyphrases, a part-of-speech tagger and a cache of word forms, made on first use, the buffer of word spans and
 * a cache of word keys.
 *
 * <p>Not thread-safe: a worker is used by one thread at a time, borrowed from and returned to
 * {@link StandardTextAnalyzer}'s pool.
 */
final class AnalysisWorker {
    /** The language's sentence detector, or null for a language whose sentences the rules alone cut. */
    final SentenceDetectorME sentenceDetector;
    final TermCache termCache = new TermCache();
    final WordSpans wordSpans = new WordSpans();
    private static final int MAX_KEPT_CHARACTERS = 1 << 16;
    /** The most word keys cached; then the cache starts afresh, so its memory stays bounded. */
    private static final int MAX_KEYS = 20_000;

    private char[] characters = new char[256];
    /** The language's stemmer, or null for a language without one (words are their own stems). */
    private final SnowballStemmer stemmer;
    /** Lower-cased word to key; a JDK map, whose colliding keys (strings are comparable) make trees, not lists. */
    private final Map<String, String> keys = new HashMap<>();
    private GreedyTagger tagger;
    private WordForms wordForms;
    /** How many word forms this worker has analysed itself, found in neither cache: for tests. */
    long formsAnalysed;

    /**
     * @param sentenceModel the language's sentence model, or null if it has none
     * @param stemmer the language's Snowball algorithm, or null if it has none
     */
    AnalysisWorker(SentenceModel sentenceModel, SnowballStemmer.ALGORITHM stemmer) {
        this.sentenceDetector = sentenceModel == null ? null : new SentenceDetectorME(sentenceModel);
        this.stemmer = stemmer == null ? null : new SnowballStemmer(stemmer);
    }

    /**
     * The part-of-speech tagger; it (and on the first call in the JVM, its model) is made on first
     * use, so that a worker that only splits never has one.
     */
    GreedyTagger tagger() {
        if (tagger == null) {
            tagger = new GreedyTagger(TaggerModel.english());
        }
        return tagger;
    }

    /** The cache of word forms for tagged words, made on first use as the tagger is. */
    WordForms wordForms() {
        if (wordForms == null) {
            wordForms = new WordForms();
        }
        return wordForms;
    }

    /** The key of a lower-cased word: its Snowball stem, cached. */
    String key(String lowerCaseWord) {
        String key = keys.get(lowerCaseWord);
        if (key == null) {
            if (keys.size() >= MAX_KEYS) {
                keys.clear();
            }
            String stem = stem(lowerCaseWord);
            key = stem.isEmpty() ? lowerCaseWord : stem;
            keys.put(lowerCaseWord, key);
        }
        return key;
    }

    /**
     * @return {@code text[start, end)} copied to the start of a buffer of this worker, valid until
     *     the next call
     */
    char[] characters(String text, int start, int end) {
        int length = end - start;
        char[] buffer = characters;
        if (buffer.length < length) {
            buffer = new char[Math.max(length, 2 * buffer.length)];
            if (buffer.length <= MAX_KEPT_CHARACTERS) {
                characters = buffer; // a pooled worker keeps no huge buffer after a huge sentence
            }
        }
        text.getChars(start, end, buffer, 0);
        return buffer;
    }

    /** The Snowball stem of a word, or the word in a language without a stemmer; callers cache it in {@link #termCache}. */
    String stem(String word) {
        return stemmer == null ? word : stemmer.stem(word).toString();
    }
}

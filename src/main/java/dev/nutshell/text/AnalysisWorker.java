package dev.nutshell.text;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The mutable per-call state of the English analyzer: an OpenNLP sentence detector and a Snowball
 * stemmer (neither is thread-safe in OpenNLP 2.5), and the token buffer with its cache of terms.
 *
 * <p>Not thread-safe: a worker is used by one thread at a time, borrowed from and returned to
 * {@link EnglishTextAnalyzer}'s pool.
 */
final class AnalysisWorker {
    final SentenceDetectorME sentenceDetector;
    final TermCache termCache = new TermCache();
    private static final int MAX_KEPT_CHARACTERS = 1 << 16;

    private char[] characters = new char[256];
    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);

    AnalysisWorker(SentenceModel sentenceModel) {
        this.sentenceDetector = new SentenceDetectorME(sentenceModel);
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

    /** The Snowball stem of a word; callers cache it in {@link #termCache}. */
    String stem(String word) {
        return stemmer.stem(word).toString();
    }
}

package dev.nutshell.text;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The mutable per-call state of the English analyzer: an OpenNLP sentence detector and a Snowball
 * stemmer (neither is thread-safe in OpenNLP 2.5), a cache of stems and a token buffer.
 *
 * <p>Not thread-safe: a worker is used by one thread at a time, borrowed from and returned to
 * {@link EnglishTextAnalyzer}'s pool.
 */
final class AnalysisWorker {
    /**
     * Beyond this many cached stems the cache starts afresh, so that an idle worker holds at most
     * about 1.5 MB (the stems of 50,000 words took 7 MB). Ten thousand words cover most of an
     * article's tokens, and a worker is cheap to refill: stemming a word costs about a microsecond.
     */
    static final int STEM_CACHE_LIMIT = 10_000;

    final SentenceDetectorME sentenceDetector;
    final StringBuilder tokenBuffer = new StringBuilder();
    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Map<String, String> stems = new HashMap<>();

    AnalysisWorker(SentenceModel sentenceModel) {
        this.sentenceDetector = new SentenceDetectorME(sentenceModel);
    }

    String stem(String word) {
        String stem = stems.get(word);
        if (stem == null) {
            if (stems.size() >= STEM_CACHE_LIMIT) {
                stems.clear();
            }
            stem = stemmer.stem(word).toString();
            stems.put(word, stem);
        }
        return stem;
    }
}

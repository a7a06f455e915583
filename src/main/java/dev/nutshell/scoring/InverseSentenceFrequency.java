package dev.nutshell.scoring;

import dev.nutshell.article.Article;

/**
 * Sentence-level inverse document frequency: each sentence of the article is a "document".
 *
 * <p>{@code idf(t) = 1 + ln(N / sf(t))} with {@code N} the number of sentences and {@code sf(t)}
 * the number of sentences containing {@code t}. This is Spärck Jones's (1972) logarithmic IDF
 * with one added so that a term occurring in every sentence still counts a little instead of
 * nothing (the "idf + 1" form of Manning, Raghavan and Schütze, Introduction to Information
 * Retrieval, 2008, section 6.2.1, as used by scikit-learn).
 *
 * <p>{@code StrictMath} rather than {@code Math}: the same bits on every JVM and platform, so that
 * rankings, ties included, are the same everywhere.
 */
final class InverseSentenceFrequency {

    private InverseSentenceFrequency() {
    }

    /**
     * @param article the article
     * @return {@code idf[t]} for every term id of the article
     */
    static double[] of(Article article) {
        double[] idf = new double[article.vocabularySize()];
        for (int term = 0; term < idf.length; term++) {
            idf[term] = article.inverseSentenceFrequency(term);
        }
        return idf;
    }
}

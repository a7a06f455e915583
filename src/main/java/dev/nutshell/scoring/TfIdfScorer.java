package dev.nutshell.scoring;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;

/**
 * TF-IDF sentence scoring: a sentence's score is the mean weight of its terms.
 *
 * <p>A term's weight is {@code tf(t) × idf(t)}, where {@code tf(t)} is the number of occurrences of
 * {@code t} in the whole article and {@code idf(t) = 1 + ln(N / sf(t))} is its sentence-level
 * inverse document frequency ({@code N} sentences, {@code sf(t)} of them containing {@code t}).
 * The sentence score is {@code Σ weight(t) / m} over the {@code m} term occurrences of the sentence
 * (0 for a sentence without terms). Terms frequent in the article but concentrated in few of its
 * sentences weigh most: the classic frequency-based sentence weighting of Luhn (1958) with the
 * TF-IDF term weights of Salton and Buckley (1988), dividing by length so that long sentences are
 * not favoured merely for being long.
 *
 * <p>The scores do not depend on the {@link ScoringContext}. Built with {@link #create()};
 * stateless and thread-safe; O(total terms) time.
 *
 * @since 0.1.0
 */
public final class TfIdfScorer implements SentenceScorer {

    private static final TfIdfScorer INSTANCE = new TfIdfScorer();

    private TfIdfScorer() {
    }

    /** @return the TF-IDF scorer; it has no settings */
    public static TfIdfScorer create() {
        return INSTANCE;
    }

    @Override
    public SentenceScores score(Article article, ScoringContext context) {
        double[] idf = InverseSentenceFrequency.of(article);
        double[] weight = new double[idf.length];
        for (int term = 0; term < weight.length; term++) {
            weight[term] = article.articleFrequency(term) * idf[term];
        }
        return SentenceScores.of(article.sentences().size(), index -> meanWeight(article.sentences().get(index), weight));
    }

    private static double meanWeight(Sentence sentence, double[] weight) {
        int count = sentence.termCount();
        if (count == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += weight[sentence.termAt(i)];
        }
        return sum / count;
    }

    @Override
    public String toString() {
        return "tfidf";
    }
}

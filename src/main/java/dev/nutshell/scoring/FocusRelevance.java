package dev.nutshell.scoring;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How relevant each sentence is to a focus, after Otterbacher, Erkan and Radev (2005), "Using
 * Random Walks for Question-focused Sentence Retrieval", equation 2:
 * {@code rel(s | q) = Σ_{t ∈ q} log(tf(t, s) + 1) × log(tf(t, q) + 1) × idf(t)}, with the article's
 * sentence-level IDF ({@link Article#inverseSentenceFrequency(int)}).
 *
 * <p>Stateless. O(vocabulary + total terms): the focus's terms are matched to the article's ids by
 * one pass over the vocabulary, through a JDK map of the few focus terms.
 */
final class FocusRelevance {

    private FocusRelevance() {
    }

    /**
     * @param article the article
     * @param focusTerms the focus's normalised terms, repetitions included
     * @return {@code rel} of every sentence, each {@code >= 0}; all zero if no focus term occurs
     */
    static double[] of(Article article, List<String> focusTerms) {
        Map<String, Integer> focusCounts = new HashMap<>();
        for (String term : focusTerms) {
            focusCounts.merge(term, 1, Integer::sum);
        }
        double[] focusWeight = new double[article.vocabularySize()];
        for (int term = 0; term < focusWeight.length; term++) {
            Integer count = focusCounts.get(article.term(term));
            if (count != null) {
                focusWeight[term] = StrictMath.log(count + 1.0) * article.inverseSentenceFrequency(term);
            }
        }
        List<Sentence> sentences = article.sentences();
        double[] relevance = new double[sentences.size()];
        for (Sentence sentence : sentences) {
            double sum = 0;
            for (int k = 0; k < sentence.distinctTermCount(); k++) {
                double weight = focusWeight[sentence.distinctTermAt(k)];
                if (weight > 0) {
                    sum += StrictMath.log(sentence.termFrequencyAt(k) + 1.0) * weight;
                }
            }
            relevance[sentence.index()] = sum;
        }
        return relevance;
    }

    /** @return the largest value, 0 for none */
    static double maximum(double[] values) {
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, value);
        }
        return largest;
    }
}

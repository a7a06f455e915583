package dev.nutshell.internal;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;

/**
 * The sentences of an article as sparse TF-IDF vectors of unit length ({@code tf} counted in the
 * sentence, {@code idf} from {@link Article#inverseSentenceFrequency(int)}), so that the dot
 * product of two of them is their cosine similarity. A sentence without terms is the zero vector.
 *
 * <p>Immutable after construction; O(total terms) to build.
 */
public final class UnitVectors {
    private final int[][] terms;
    private final double[][] weights;
    private final int vocabularySize;

    private UnitVectors(int[][] terms, double[][] weights, int vocabularySize) {
        this.terms = terms;
        this.weights = weights;
        this.vocabularySize = vocabularySize;
    }

    /**
     * @param article the article
     * @return its sentences' unit TF-IDF vectors
     */
    public static UnitVectors tfIdf(Article article) {
        int n = article.sentences().size();
        int[][] terms = new int[n][];
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            Sentence sentence = article.sentences().get(i);
            int count = sentence.distinctTermCount();
            terms[i] = new int[count];
            weights[i] = new double[count];
            double squares = 0;
            for (int k = 0; k < count; k++) {
                terms[i][k] = sentence.distinctTermAt(k);
                weights[i][k] = sentence.termFrequencyAt(k) * article.inverseSentenceFrequency(terms[i][k]);
                squares += weights[i][k] * weights[i][k];
            }
            double norm = Math.sqrt(squares);
            for (int k = 0; k < count; k++) {
                weights[i][k] /= norm;
            }
        }
        return new UnitVectors(terms, weights, article.vocabularySize());
    }

    /** @return the number of vectors (sentences) */
    public int size() {
        return terms.length;
    }

    /** @return the number of term ids, the vectors' dimension */
    public int dimension() {
        return vocabularySize;
    }

    /**
     * The cosine of two sentences: a merge of their sorted term ids, O(terms of both).
     *
     * @param i a sentence index
     * @param j a sentence index
     * @return their cosine similarity, in [0, 1]
     */
    public double dot(int i, int j) {
        int[] a = terms[i];
        int[] b = terms[j];
        double sum = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                sum += weights[i][x++] * weights[j][y++];
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return sum;
    }

    /**
     * The dot product of a sentence's vector with a dense vector.
     *
     * @param i a sentence index
     * @param dense a vector of length {@link #dimension()}
     * @return {@code v_i · dense}
     */
    public double dot(int i, double[] dense) {
        double sum = 0;
        for (int k = 0; k < terms[i].length; k++) {
            sum += weights[i][k] * dense[terms[i][k]];
        }
        return sum;
    }

    /**
     * Adds a sentence's vector to a dense vector.
     *
     * @param i a sentence index
     * @param dense a vector of length {@link #dimension()}, updated in place
     */
    public void addTo(int i, double[] dense) {
        for (int k = 0; k < terms[i].length; k++) {
            dense[terms[i][k]] += weights[i][k];
        }
    }

    /** @return the term ids of sentence {@code i}, increasing; the caller must not modify them */
    int[] termsOf(int i) {
        return terms[i];
    }
}

package dev.nutshell.internal;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;

/**
 * The sentences of an article as sparse TF-IDF vectors of unit length ({@code tf} counted in the
 * sentence, {@code idf} from {@link Article#inverseSentenceFrequency(int)}), so that the dot
 * product of two of them is their cosine similarity. A sentence without terms is the zero vector.
 *
 * <p>{@link #tfIdf(Article)} builds every vector at once, O(total terms); {@link #lazy(Article)}
 * builds each on first use, for callers that look at a few sentences only (selecting three
 * sentences of an article needs the vectors of a handful). Not thread-safe when lazy; one instance
 * per computation.
 */
public final class UnitVectors {
    private final Article article;
    private final int[][] terms;
    private final double[][] weights;
    private long comparisons;

    private UnitVectors(Article article) {
        this.article = article;
        int n = article.sentences().size();
        this.terms = new int[n][];
        this.weights = new double[n][];
    }

    /**
     * @param article the article
     * @return its sentences' unit TF-IDF vectors, all built now
     */
    public static UnitVectors tfIdf(Article article) {
        UnitVectors vectors = new UnitVectors(article);
        for (int i = 0; i < vectors.terms.length; i++) {
            vectors.build(i);
        }
        return vectors;
    }

    /**
     * @param article the article
     * @return its sentences' unit TF-IDF vectors, each built when first used
     */
    public static UnitVectors lazy(Article article) {
        return new UnitVectors(article);
    }

    private void build(int i) {
        Sentence sentence = article.sentences().get(i);
        int count = sentence.distinctTermCount();
        int[] ids = new int[count];
        double[] values = new double[count];
        double squares = 0;
        for (int k = 0; k < count; k++) {
            ids[k] = sentence.distinctTermAt(k);
            values[k] = sentence.termFrequencyAt(k) * article.inverseSentenceFrequency(ids[k]);
            squares += values[k] * values[k];
        }
        double norm = Math.sqrt(squares);
        for (int k = 0; k < count; k++) {
            values[k] /= norm;
        }
        weights[i] = values;
        terms[i] = ids;
    }

    private int[] termsOf(int i) {
        if (terms[i] == null) {
            build(i);
        }
        return terms[i];
    }

    /** @return the number of vectors (sentences) */
    public int size() {
        return terms.length;
    }

    /** @return the number of term ids, the vectors' dimension */
    public int dimension() {
        return article.vocabularySize();
    }

    /**
     * The cosine of two sentences: a merge of their sorted term ids, O(terms of both).
     *
     * @param i a sentence index
     * @param j a sentence index
     * @return their cosine similarity, in [0, 1]
     */
    public double dot(int i, int j) {
        int[] a = termsOf(i);
        int[] b = termsOf(j);
        double sum = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            comparisons++;
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

    /** @return the term ids compared by every {@link #dot(int, int)} so far: its cost, for tests */
    public long comparisons() {
        return comparisons;
    }

    /**
     * The dot product of a sentence's vector with a dense vector.
     *
     * @param i a sentence index
     * @param dense a vector of length {@link #dimension()}
     * @return {@code v_i · dense}
     */
    public double dot(int i, double[] dense) {
        int[] ids = termsOf(i);
        double sum = 0;
        for (int k = 0; k < ids.length; k++) {
            sum += weights[i][k] * dense[ids[k]];
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
        int[] ids = termsOf(i);
        for (int k = 0; k < ids.length; k++) {
            dense[ids[k]] += weights[i][k];
        }
    }
}

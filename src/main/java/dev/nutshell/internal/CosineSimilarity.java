package dev.nutshell.internal;

import java.util.Arrays;

/**
 * Cosine similarity of sentence term vectors: {@code sim(i, j) = v_i · v_j / (|v_i| |v_j|)}.
 *
 * <p>Because the cosine is a dot product of unit vectors, {@code (W x)_i = Σ_t u_it Σ_j u_jt x_j}
 * minus the sentence's own contribution, which costs O(P) per product for P postings of shared
 * terms, without the n × n matrix.
 */
public final class CosineSimilarity implements SimilarityOperator {
    private final int size;
    private final SharedTermIndex index;
    /** The unit-vector weight of each posting. */
    private final double[] postingWeight;

    /**
     * @param distinctTerms for each sentence, its distinct term ids
     * @param weights for each sentence, the weight of each of its distinct terms (same shape)
     * @param vocabularySize the number of term ids
     */
    public CosineSimilarity(int[][] distinctTerms, double[][] weights, int vocabularySize) {
        this.size = distinctTerms.length;
        this.index = SharedTermIndex.of(distinctTerms, vocabularySize);
        double[] norm = new double[size];
        for (int i = 0; i < size; i++) {
            double sum = 0;
            for (double weight : weights[i]) {
                sum += weight * weight;
            }
            norm[i] = Math.sqrt(sum);
        }
        int postings = index.postingSentence.length;
        this.postingWeight = new double[postings];
        for (int p = 0; p < postings; p++) {
            int sentence = index.postingSentence[p];
            double unit = weights[sentence][index.postingPosition[p]] / norm[sentence];
            postingWeight[p] = unit;
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void multiply(double[] x, double[] y) {
        int[] termStart = index.termStart;
        int[] postingSentence = index.postingSentence;
        Arrays.fill(y, 0);
        for (int k = 0; k + 1 < termStart.length; k++) {
            double sum = 0;
            for (int p = termStart[k]; p < termStart[k + 1]; p++) {
                sum += postingWeight[p] * x[postingSentence[p]];
            }
            for (int p = termStart[k]; p < termStart[k + 1]; p++) {
                int sentence = postingSentence[p];
                // The sum includes the sentence itself, which is no neighbour of its own.
                y[sentence] += postingWeight[p] * (sum - postingWeight[p] * x[sentence]);
            }
        }
    }
}

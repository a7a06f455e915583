package dev.nutshell.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code sim(i, j) = v_i · v_j / (|v_i| |v_j|)}, read off the operator column by column. */
class CosineSimilarityTest {
    private static final double EXACT = 1e-12;

    /**
     * u = (3, 4, 0) and v = (6, 0, 8) over terms 0, 1, 2: {@code u·v = 18}, {@code |u| = 5},
     * {@code |v| = 10}, cosine 0.36. Terms 1 and 2 occur in one sentence each but still count in
     * the norms.
     */
    @Test
    void similarityIsTheCosineOfTheFullVectorsNotOnlyTheirSharedPart() {
        CosineSimilarity w = new CosineSimilarity(new int[][] {{0, 1}, {0, 2}}, new double[][] {{3, 4}, {6, 8}}, 3);
        assertArrayEquals(new double[] {0, 0.36}, Operators.column(w, 0), EXACT);
        assertArrayEquals(new double[] {0.36, 0}, Operators.column(w, 1), EXACT);
    }

    /** (1, 2) and (2, 4) point the same way: cosine 1; the diagonal stays 0. */
    @Test
    void parallelVectorsHaveSimilarityOne() {
        CosineSimilarity w = new CosineSimilarity(new int[][] {{0, 1}, {0, 1}}, new double[][] {{1, 2}, {2, 4}}, 2);
        assertArrayEquals(new double[] {0, 1}, Operators.column(w, 0), EXACT);
        assertArrayEquals(new double[] {1, 0}, Operators.column(w, 1), EXACT);
    }

    /**
     * Three sentences: a = (1, 1, 0, 0), b = (0, 2, 1, 0), c = (0, 0, 0, 5) over four terms. Only a
     * and b share a term: {@code 2 / (√2 √5)}; c and the empty sentence d are isolated.
     */
    @Test
    void sentencesWithoutSharedTermsAndEmptySentencesAreIsolated() {
        CosineSimilarity w = new CosineSimilarity(new int[][] {{0, 1}, {1, 2}, {3}, {}},
                new double[][] {{1, 1}, {2, 1}, {5}, {}}, 4);
        double ab = 2 / (Math.sqrt(2) * Math.sqrt(5));
        double[] y = new double[4];
        w.multiply(new double[] {1, 10, 100, 1000}, y);
        assertArrayEquals(new double[] {10 * ab, ab, 0, 0}, y, EXACT);
    }

    /**
     * {@link SimilarityOperator#multiply} promises {@code y = W x} for any x. With W = [[0, 0.36],
     * [0.36, 0]] and x = (1, -1), {@code W x = (-0.36, 0.36)}; the implementation clamps every row
     * at 0 after removing the self-similarity and returns (0, 0.36). PageRank only multiplies
     * non-negative vectors, so scores are unaffected.
     */
    @Test
    void theProductIsLinearAlsoForVectorsWithNegativeEntries() {
        CosineSimilarity w = new CosineSimilarity(new int[][] {{0, 1}, {0, 2}}, new double[][] {{3, 4}, {6, 8}}, 3);
        double[] y = new double[2];
        w.multiply(new double[] {1, -1}, y);
        assertArrayEquals(new double[] {-0.36, 0.36}, y, EXACT);
    }

    @Test
    void aGraphWithoutSentencesHasSizeZero() {
        CosineSimilarity w = new CosineSimilarity(new int[0][], new double[0][], 0);
        assertEquals(0, w.size());
        w.multiply(new double[0], new double[0]);
    }
}

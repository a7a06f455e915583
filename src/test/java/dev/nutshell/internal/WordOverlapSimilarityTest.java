package dev.nutshell.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code sim(i, j) = |S_i ∩ S_j| / (ln|S_i| + ln|S_j|)} (Mihalcea and Tarau 2004, eq. 3), with
 * {@code |S|} the number of term occurrences and the numerator counting distinct shared terms; read
 * off the operator column by column ({@code W e_j}).
 */
class WordOverlapSimilarityTest {
    private static final double EXACT = 1e-12;

    /** [a b c] and [a c c d]: shared {a, c}, so {@code 2 / (ln 3 + ln 4)}. */
    @Test
    void similarityIsDistinctSharedTermsOverTheSumOfLogLengths() {
        WordOverlapSimilarity w = Operators.wordOverlap(List.of(List.of("a", "b", "c"), List.of("a", "c", "c", "d")));
        double expected = 2 / (Math.log(3) + Math.log(4));
        assertArrayEquals(new double[] {0, expected}, Operators.column(w, 0), EXACT);
        assertArrayEquals(new double[] {expected, 0}, Operators.column(w, 1), EXACT);
    }

    /** [a a b] and [a c]: the repeated a counts once as shared but twice in |S|: {@code 1 / (ln 3 + ln 2)}. */
    @Test
    void aRepeatedSharedTermCountsOnceAsSharedButEveryTimeInTheLength() {
        WordOverlapSimilarity w = Operators.wordOverlap(List.of(List.of("a", "a", "b"), List.of("a", "c")));
        assertEquals(1 / (Math.log(3) + Math.log(2)), Operators.column(w, 1)[0], EXACT);
    }

    /** [a] and [a]: the denominator ln 1 + ln 1 is 0, so the similarity is the overlap, 1. */
    @Test
    void twoIdenticalOneTermSentencesAreLinkedWithWeightOne() {
        WordOverlapSimilarity w = Operators.wordOverlap(List.of(List.of("a"), List.of("a")));
        assertArrayEquals(new double[] {0, 1}, Operators.column(w, 0), EXACT);
        assertArrayEquals(new double[] {1, 0}, Operators.column(w, 1), EXACT);
    }

    @Test
    void twoDifferentOneTermSentencesAreNotLinked() {
        WordOverlapSimilarity w = Operators.wordOverlap(List.of(List.of("a"), List.of("b")));
        assertArrayEquals(new double[] {0, 0}, Operators.column(w, 0), 0);
        assertArrayEquals(new double[] {0, 0}, Operators.column(w, 1), 0);
    }

    /** [a] and [a b]: {@code 1 / (ln 1 + ln 2) = 1 / ln 2}. */
    @Test
    void aOneTermSentenceAndALongerOneDivideByTheLongerOnesLogLength() {
        WordOverlapSimilarity w = Operators.wordOverlap(List.of(List.of("a"), List.of("a", "b")));
        assertEquals(1 / Math.log(2), Operators.column(w, 0)[1], EXACT);
    }

    /** [a b] twice: {@code 2 / (2 ln 2)} off the diagonal, 0 on it. */
    @Test
    void identicalSentencesAreNeighboursButNoSentenceIsItsOwn() {
        WordOverlapSimilarity w = Operators.wordOverlap(List.of(List.of("a", "b"), List.of("a", "b")));
        double expected = 2 / (2 * Math.log(2));
        assertArrayEquals(new double[] {0, expected}, Operators.column(w, 0), EXACT);
        assertArrayEquals(new double[] {expected, 0}, Operators.column(w, 1), EXACT);
    }

    @Test
    void aSentenceSharingNoTermAndAnEmptySentenceHaveZeroRowsAndColumns() {
        WordOverlapSimilarity w = Operators.wordOverlap(
                List.of(List.of("a", "b"), List.of("x", "y", "z"), List.of(), List.of("b", "c")));
        assertArrayEquals(new double[] {0, 0, 0, 0}, Operators.column(w, 1), 0);
        assertArrayEquals(new double[] {0, 0, 0, 0}, Operators.column(w, 2), 0);
        assertEquals(0, Operators.column(w, 0)[1], 0);
        assertEquals(0, Operators.column(w, 3)[2], 0);
        assertEquals(1 / (2 * Math.log(2)), Operators.column(w, 0)[3], EXACT);
    }

    /**
     * Three sentences of lengths 1, 2 and 3 all containing a: W = [[0, 1/ln2, 1/ln3], [1/ln2, 0,
     * 1/(ln2+ln3)], [1/ln3, 1/(ln2+ln3), 0]], so {@code W (1, 2, 3)} is computed row by row.
     */
    @Test
    void aProductMixesSentencesOfDifferentLengthsSharingOneTerm() {
        WordOverlapSimilarity w = Operators.wordOverlap(
                List.of(List.of("a"), List.of("a", "b"), List.of("a", "c", "d")));
        double l2 = Math.log(2);
        double l3 = Math.log(3);
        double[] y = new double[3];
        w.multiply(new double[] {1, 2, 3}, y);
        assertArrayEquals(new double[] {
            2 / l2 + 3 / l3,
            1 / l2 + 3 / (l2 + l3),
            1 / l3 + 2 / (l2 + l3)}, y, EXACT);
    }

    /**
     * {@link SimilarityOperator#multiply} promises {@code y = W x} for any x. For [a] and [a],
     * W = [[0, 1], [1, 0]] and {@code W (1, -1) = (-1, 1)}; the implementation clamps every row at
     * 0 after removing the self-similarity and returns (0, 1). PageRank only multiplies
     * non-negative vectors, so scores are unaffected.
     */
    @Test
    void theProductIsLinearAlsoForVectorsWithNegativeEntries() {
        WordOverlapSimilarity w = Operators.wordOverlap(List.of(List.of("a"), List.of("a")));
        double[] y = new double[2];
        w.multiply(new double[] {1, -1}, y);
        assertArrayEquals(new double[] {-1, 1}, y, EXACT);
    }

    @Test
    void aGraphWithoutSentencesHasSizeZero() {
        WordOverlapSimilarity w = new WordOverlapSimilarity(new int[0][], new int[0], 0);
        assertEquals(0, w.size());
        w.multiply(new double[0], new double[0]);
    }

    /**
     * On random articles and random non-negative x, every {@code y_i} of the product is, to the
     * bit, the plain computation in the documented order: for each shared term of sentence i in
     * ascending id, the term's cells (its sentences grouped by length, in order of first
     * appearance) each summed from 0 in sentence order, weighed from 0 in cell order, less the
     * sentence's own share; these added from 0. Whatever short cuts the product takes for small
     * terms, it must not reorder an addition.
     */
    @Test
    void theProductIsTheDocumentedSumsToTheBit() {
        java.util.Random random = new java.util.Random(16);
        for (List<List<String>> sentences : RandomArticles.generate(300, 16)) {
            WordOverlapSimilarity w = Operators.wordOverlap(sentences);
            double[] x = new double[sentences.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 3;
            }
            double[] y = new double[x.length];
            w.multiply(x, y);
            double[] expected = documentedProduct(sentences, x);
            for (int i = 0; i < x.length; i++) {
                assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(y[i]), "sentence " + i + " of " + sentences);
            }
        }
    }

    private static double[] documentedProduct(List<List<String>> sentences, double[] x) {
        int n = sentences.size();
        java.util.Map<String, Integer> ids = new java.util.LinkedHashMap<>();
        sentences.forEach(sentence -> sentence.forEach(term -> ids.putIfAbsent(term, ids.size())));
        List<java.util.TreeSet<Integer>> distinct = new java.util.ArrayList<>();
        for (List<String> sentence : sentences) {
            java.util.TreeSet<Integer> terms = new java.util.TreeSet<>();
            sentence.forEach(term -> terms.add(ids.get(term)));
            distinct.add(terms);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double logI = StrictMath.log(sentences.get(i).size());
            double own = weight(logI, logI) * x[i];
            double sum = 0;
            for (int term : distinct.get(i)) {
                if (countContaining(distinct, term) < 2) {
                    continue; // a term of one sentence only: no edge
                }
                java.util.Map<Integer, Double> cellSums = new java.util.LinkedHashMap<>(); // by length, in order of first appearance
                for (int s = 0; s < n; s++) {
                    if (distinct.get(s).contains(term)) {
                        cellSums.merge(sentences.get(s).size(), x[s], (a, b) -> a + b);
                    }
                }
                double value = 0;
                for (java.util.Map.Entry<Integer, Double> cell : cellSums.entrySet()) {
                    value += cell.getValue() * weight(logI, StrictMath.log(cell.getKey()));
                }
                sum += value - own;
            }
            y[i] = sum;
        }
        return y;
    }

    private static int countContaining(List<java.util.TreeSet<Integer>> distinct, int term) {
        return (int) distinct.stream().filter(terms -> terms.contains(term)).count();
    }

    private static double weight(double logA, double logB) {
        double denominator = logA + logB;
        return denominator > 0 ? 1 / denominator : 1;
    }
}

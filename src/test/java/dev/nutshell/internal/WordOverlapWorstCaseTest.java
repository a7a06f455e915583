package dev.nutshell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * TextRank's word-overlap product on its worst case, sentences of every length 1..L sharing their
 * terms, written as the analyzer gives them: English words, one term each ("Start w1 w2 ... w(k−1)."),
 * and CJK text, where every ideograph is a term of its own and repeats count in the length (sentence
 * k = k ideographs cycling through a small alphabet). The cost is counted in multiply-adds, not
 * timed; the results are compared with the n × n matrix built from the definition.
 */
class WordOverlapWorstCaseTest {
    /** The product's relative error bound for {@code x >= 0}, plus room for rounding. */
    private static final double PRODUCT_TOLERANCE = ExponentialSum.RELATIVE_ERROR + 1e-13;

    /** Sentence k (1..L) holds the first k terms of one vocabulary. */
    static List<List<String>> growingWords(int longest) {
        List<List<String>> sentences = new ArrayList<>();
        for (int length = 1; length <= longest; length++) {
            List<String> terms = new ArrayList<>();
            terms.add("start");
            for (int word = 1; word < length; word++) {
                terms.add("w" + word);
            }
            sentences.add(terms);
        }
        return sentences;
    }

    /** Sentence k (1..L) is k ideographs cycling through the first {@code alphabet} of U+4E00 onwards. */
    static List<List<String>> cyclingIdeographs(int longest, int alphabet) {
        List<List<String>> sentences = new ArrayList<>();
        for (int length = 1; length <= longest; length++) {
            List<String> terms = new ArrayList<>();
            for (int position = 0; position < length; position++) {
                terms.add(Character.toString(0x4E00 + position % alphabet));
            }
            sentences.add(terms);
        }
        return sentences;
    }

    /** P: the postings of terms in at least two sentences, each sentence's distinct terms counted once. */
    private static long sharedPostings(List<List<String>> sentences) {
        long postings = 0;
        for (List<Integer> holders : byTerm(sentences).values()) {
            postings += holders.size() >= 2 ? holders.size() : 0;
        }
        return postings;
    }

    /** The cost of weighing every term exactly, as before: 2P + Σ_t C_t² for C_t distinct lengths among t's sentences. */
    private static long exactMultiplyAdds(List<List<String>> sentences) {
        long total = 2 * sharedPostings(sentences);
        for (List<Integer> holders : byTerm(sentences).values()) {
            if (holders.size() >= 2) {
                Set<Integer> lengths = new HashSet<>();
                holders.forEach(i -> lengths.add(sentences.get(i).size()));
                total += (long) lengths.size() * lengths.size();
            }
        }
        return total;
    }

    /** Per term, the sentences holding it, each once. */
    private static Map<String, List<Integer>> byTerm(List<List<String>> sentences) {
        Map<String, List<Integer>> byTerm = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (String term : new HashSet<>(sentences.get(i))) {
                byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        return byTerm;
    }

    private static void assertLinearCost(List<List<String>> sentences) {
        long postings = sharedPostings(sentences);
        long count = Operators.wordOverlap(sentences).multiplyAddsPerProduct();
        long before = exactMultiplyAdds(sentences);
        assertTrue(count <= (WordOverlapSimilarity.EXACT_CLASSES + 2) * postings, count + " for P = " + postings);
        assertTrue(before > 10 * count, "weighing every term exactly: " + before + ", now " + count);
    }

    @Test
    void aProductOnWordsOfEveryLengthCostsAtMost66MultiplyAddsPerPosting() {
        assertLinearCost(growingWords(600));
        assertLinearCost(growingWords(1_200));
    }

    @Test
    void aProductOnIdeographsOfEveryLengthCostsAtMost66MultiplyAddsPerPosting() {
        assertLinearCost(cyclingIdeographs(1_500, 50));
        assertLinearCost(cyclingIdeographs(3_000, 50));
    }

    /** Up to 64 lengths per term the product is the exact one; from 65 on, the separable one. */
    @Test
    void termsOfAtMost64LengthsAreWeighedExactlyAndLongerOnesSeparably() {
        List<List<String>> exact = growingWords(WordOverlapSimilarity.EXACT_CLASSES);
        assertEquals(exactMultiplyAdds(exact), Operators.wordOverlap(exact).multiplyAddsPerProduct());
        List<List<String>> separable = growingWords(WordOverlapSimilarity.EXACT_CLASSES + 1);
        assertTrue(Operators.wordOverlap(separable).multiplyAddsPerProduct() < exactMultiplyAdds(separable));
    }

    private static void assertProductsMatchTheMatrix(List<List<String>> sentences, double[][] w) {
        SimilarityOperator operator = Operators.wordOverlap(sentences);
        Random random = new Random(3);
        for (int trial = 0; trial < 3; trial++) {
            double[] x = new double[sentences.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = trial == 0 ? 1 : random.nextDouble();
            }
            double[] y = new double[x.length];
            operator.multiply(x, y);
            double[] expected = NaiveGraph.multiply(w, x);
            for (int i = 0; i < x.length; i++) {
                assertEquals(expected[i], y[i], PRODUCT_TOLERANCE * expected[i], "row " + i + ", trial " + trial);
            }
        }
    }

    @Test
    void productsOnWordsOfEveryLengthAreWithinTheStatedErrorOfTheMatrixProduct() {
        List<List<String>> sentences = growingWords(300);
        assertProductsMatchTheMatrix(sentences, overlapMatrix(sentences));
    }

    @Test
    void productsOnIdeographsOfEveryLengthAreWithinTheStatedErrorOfTheMatrixProduct() {
        List<List<String>> sentences = cyclingIdeographs(400, 30);
        assertProductsMatchTheMatrix(sentences, overlapMatrix(sentences));
    }

    @Test
    void pageRankOnSentencesOfEveryLengthMatchesTheDensePowerIteration() {
        for (List<List<String>> sentences : List.of(growingWords(300), cyclingIdeographs(400, 30))) {
            double[] expected = NaiveGraph.pageRank(overlapMatrix(sentences), 0.85, 1e-6, 100);
            double[] scores = PageRank.weighted(Operators.wordOverlap(sentences), 0.85, 1e-6, 100);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], scores[i], 1e-9 * expected[i], "sentence " + i);
            }
        }
    }

    /**
     * 1,100 distinct lengths, past the table of exact weights: sentence k has k terms, a filler
     * repeated, plus a term shared by all (1,100 lengths: separable), one of three shared by a
     * third each, and one of forty shared by about 28 (exact, weights computed when asked).
     */
    @Test
    void productsPastTheTableOfExactWeightsMatchTheDefinition() {
        List<List<String>> sentences = new ArrayList<>();
        for (int length = 4; length < 1_104; length++) {
            List<String> terms = new ArrayList<>(List.of("common", "third" + length % 3, "rare" + length % 40));
            while (terms.size() < length) {
                terms.add("filler" + length);
            }
            sentences.add(terms);
        }
        assertProductsMatchTheMatrix(sentences, overlapMatrix(sentences));
    }

    /**
     * Equation 3 pair by pair, as {@link NaiveGraph#wordOverlap} computes it (which is too slow at
     * these sizes), from each sentence's set of distinct terms built once; checked against it on
     * a small case below.
     */
    private static double[][] overlapMatrix(List<List<String>> sentences) {
        int n = sentences.size();
        Map<String, Integer> ids = new HashMap<>();
        int[][] distinct = new int[n][];
        for (int i = 0; i < n; i++) {
            distinct[i] = new HashSet<>(sentences.get(i)).stream()
                    .mapToInt(term -> ids.computeIfAbsent(term, t -> ids.size())).sorted().toArray();
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int shared = i == j ? 0 : sharedCount(distinct[i], distinct[j]);
                if (shared > 0) {
                    double denominator = Math.log(sentences.get(i).size()) + Math.log(sentences.get(j).size());
                    w[i][j] = denominator == 0 ? shared : shared / denominator;
                }
            }
        }
        return w;
    }

    private static int sharedCount(int[] a, int[] b) {
        int shared = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length;) {
            if (a[x] == b[y]) {
                shared++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return shared;
    }

    @Test
    void theFastMatrixHereIsTheNaiveGraphsMatrix() {
        for (List<List<String>> sentences : List.of(growingWords(40), cyclingIdeographs(50, 7))) {
            double[][] expected = NaiveGraph.wordOverlap(sentences);
            double[][] actual = overlapMatrix(sentences);
            for (int i = 0; i < expected.length; i++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected[i], actual[i], 0, "row " + i);
            }
        }
    }
}

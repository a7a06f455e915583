package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nutshell.article.Article;
import dev.nutshell.article.TestArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Directed (position-aware) centrality: c(i) = later × Σ_{j>i} e(i,j) + earlier × Σ_{j<i} e(i,j). */
class PositionalCentralityScorerTest {
    /** Any context: this scorer does not depend on it. */
    private static final ScoringContext CONTEXT = ScoringContext.ofSummarySentences(3);
    private static final double EXACT = 1e-9;

    /**
     * Sentences [a b], [a c], [b c]: every term is in two of three sentences, so every weight is
     * the same, every vector is (1, 1)/√2 on its two terms and every pair shares one term: cos = ½.
     * later = [½ + ½, ½, 0], earlier = [0, ½, ½ + ½]; with weights +1 / −1: [1, 0, −1].
     */
    @Test
    void laterSimilarityCountsForAndEarlierAgainst() {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of("a", "c"), List.of("b", "c"));
        SentenceScores scores = PositionalCentralityScorer.create().score(article, CONTEXT);
        assertEquals(1.0, scores.get(0), EXACT);
        assertEquals(0.0, scores.get(1), EXACT);
        assertEquals(-1.0, scores.get(2), EXACT);
    }

    /** Same article, weights +2 / +0.5: [2 × 1, 2 × ½ + 0.5 × ½, 0.5 × 1] = [2, 1.25, 0.5]. */
    @Test
    void theTwoDirectionsHaveTheirOwnWeights() {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of("a", "c"), List.of("b", "c"));
        SentenceScores scores = PositionalCentralityScorer.builder().laterWeight(2).earlierWeight(0.5).build().score(article, CONTEXT);
        assertEquals(2.0, scores.get(0), EXACT);
        assertEquals(1.25, scores.get(1), EXACT);
        assertEquals(0.5, scores.get(2), EXACT);
    }

    /** β = 0.5: max cos is ½, so ¼ is taken off every edge: later = [½, ¼, 0], earlier = [0, ¼, ½]. */
    @Test
    void theThresholdIsAShareOfTheLargestSimilarity() {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of("a", "c"), List.of("b", "c"));
        SentenceScores scores = PositionalCentralityScorer.builder().threshold(0.5).build().score(article, CONTEXT);
        assertEquals(0.5, scores.get(0), EXACT);
        assertEquals(0.0, scores.get(1), EXACT);
        assertEquals(-0.5, scores.get(2), EXACT);
    }

    /** The running-sum computation (β = 0) equals the explicit double loop over pairs. */
    @Test
    void runningSumsEqualThePairwiseDefinition() {
        Random random = new Random(5);
        for (int trial = 0; trial < 100; trial++) {
            List<List<String>> terms = new ArrayList<>();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                List<String> sentence = new ArrayList<>();
                for (int k = random.nextInt(6); k > 0; k--) {
                    sentence.add("t" + random.nextInt(8));
                }
                terms.add(sentence);
            }
            Article article = TestArticles.ofTerms(terms);
            SentenceScores fast = PositionalCentralityScorer.builder().laterWeight(1.5).earlierWeight(-0.7).build().score(article, CONTEXT);
            double[] expected = pairwise(article, 1.5, -0.7);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], fast.get(i), EXACT, "trial " + trial + " sentence " + i);
            }
        }
    }

    private static double[] pairwise(Article article, double later, double earlier) {
        int n = article.sentences().size();
        double[][] vectors = new double[n][article.vocabularySize()];
        for (int i = 0; i < n; i++) {
            var sentence = article.sentences().get(i);
            double norm = 0;
            for (int k = 0; k < sentence.distinctTermCount(); k++) {
                int term = sentence.distinctTermAt(k);
                vectors[i][term] = sentence.termFrequencyAt(k) * (1 + Math.log((double) n / article.sentenceFrequency(term)));
                norm += vectors[i][term] * vectors[i][term];
            }
            for (int t = 0; t < vectors[i].length; t++) {
                vectors[i][t] = norm == 0 ? 0 : vectors[i][t] / Math.sqrt(norm);
            }
        }
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double cosine = 0;
                for (int t = 0; t < vectors[i].length; t++) {
                    cosine += vectors[i][t] * vectors[j][t];
                }
                scores[i] += j > i ? later * cosine : j < i ? earlier * cosine : 0;
            }
        }
        return scores;
    }

    @Test
    void invalidSettingsAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PositionalCentralityScorer.builder().threshold(1));
        assertEquals("threshold must be in [0, 1), was 1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PositionalCentralityScorer.builder().laterWeight(Double.NaN));
    }
}

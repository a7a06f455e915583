package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nutshell.article.Article;
import dev.nutshell.article.TestArticles;
import dev.nutshell.internal.NaiveGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TextRank: weighted PageRank {@code WS(i) = (1 - d) + d Σ_j w_ji / out_j WS(j)} from all ones over
 * the sentence graph, with word overlap {@code |S_i ∩ S_j| / (ln|S_i| + ln|S_j|)} (|S| counting
 * repetitions, the overlap itself when the denominator is 0) or TF-IDF cosine as weights.
 */
class TextRankScorerTest {
    /** Any context: this scorer does not depend on it. */
    private static final ScoringContext CONTEXT = ScoringContext.ofSummarySentences(3);
    private static final double D = 0.85;
    private static final double EXACT = 1e-9;
    private static final TextRankScorer OVERLAP = TextRankScorer.create();
    private static final TextRankScorer COSINE =
            TextRankScorer.builder().similarity(TextRankScorer.Similarity.TFIDF_COSINE).build();
    /** Run to the fixed point, for comparing with closed forms. */
    private static final TextRankScorer OVERLAP_CONVERGED =
            TextRankScorer.builder().tolerance(1e-13).maxIterations(10_000).build();
    private static final TextRankScorer COSINE_CONVERGED = TextRankScorer.builder()
            .similarity(TextRankScorer.Similarity.TFIDF_COSINE).tolerance(1e-13).maxIterations(10_000).build();

    @Test
    void aSentenceSharingNoTermScoresExactlyOneMinusDamping() {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of("b", "c"), List.of("x", "y"), List.of());
        for (TextRankScorer scorer : List.of(OVERLAP, COSINE)) {
            SentenceScores scores = scorer.score(article, CONTEXT);
            assertEquals(1 - D, scores.get(2), 0, scorer.toString());
            assertEquals(1 - D, scores.get(3), 0, scorer.toString());
        }
    }

    @Test
    void anIsolatedSentenceScoresOneMinusTheConfiguredDamping() {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of("b", "c"), List.of("x"));
        SentenceScores scores = TextRankScorer.builder().damping(0.6).build().score(article, CONTEXT);
        assertEquals(1 - 0.6, scores.get(2), 0);
    }

    /** Two linked sentences: {@code WS = (1 - d) + d WS}, so both stay at exactly 1. */
    @Test
    void twoSentencesSharingATermBothScoreOne() {
        Article article = TestArticles.ofTerms(List.of("a", "b", "c"), List.of("c", "d"));
        for (TextRankScorer scorer : List.of(OVERLAP, COSINE)) {
            SentenceScores scores = scorer.score(article, CONTEXT);
            assertEquals(1, scores.get(0), 1e-15, scorer.toString());
            assertEquals(1, scores.get(1), 1e-15, scorer.toString());
        }
    }

    @Test
    void aOneSentenceArticleScoresOneMinusDamping() {
        assertEquals(1 - D, OVERLAP.score(TestArticles.ofTerms(List.of(List.of("a", "b"))), CONTEXT).get(0), 0);
    }

    /**
     * Path A - B - C plus an isolated D: A = [a b], B = [a b c e], C = [c f g], D = [h].
     * {@code p = w_AB = 2 / (ln 2 + ln 4)}, {@code q = w_BC = 1 / (ln 4 + ln 3)}.
     * {@code WS_B = (1 - d) + d (WS_A + WS_C)} and {@code WS_A = (1 - d) + d p/(p+q) WS_B},
     * {@code WS_C = (1 - d) + d q/(p+q) WS_B}, so {@code WS_B = (1 + 2d) / (1 + d)}; {@code WS_D = 1 - d}.
     */
    @Test
    void wordOverlapScoresOfAPathAreTheClosedFormFixedPoint() {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of("a", "b", "c", "e"),
                List.of("c", "f", "g"), List.of("h"));
        double p = 2 / (Math.log(2) + Math.log(4));
        double q = 1 / (Math.log(4) + Math.log(3));
        double b = (1 + 2 * D) / (1 + D);
        SentenceScores scores = OVERLAP_CONVERGED.score(article, CONTEXT);
        assertEquals((1 - D) + D * p / (p + q) * b, scores.get(0), EXACT);
        assertEquals(b, scores.get(1), EXACT);
        assertEquals((1 - D) + D * q / (p + q) * b, scores.get(2), EXACT);
        assertEquals(1 - D, scores.get(3), 0);
    }

    /**
     * A = [a], B = [a], C = [a b]: {@code w_AB = 1} (ln 1 + ln 1 = 0, so the overlap itself),
     * {@code w_AC = w_BC = 1 / ln 2}. With {@code α = w_AB / out_A = ln 2 / (1 + ln 2)} and
     * {@code β = w_AC / out_A = 1 / (1 + ln 2)}: {@code s = (1 - d) + d (α s + t / 2)},
     * {@code t = (1 - d) + 2 d β s}, so {@code s = (1 - d)(1 + d/2) / (1 - dα - d²β)} for A and B,
     * and {@code t = 3 - 2s} for C.
     */
    @Test
    void identicalOneTermSentencesAreLinkedWithWeightOne() {
        Article article = TestArticles.ofTerms(List.of("a"), List.of("a"), List.of("a", "b"));
        double ln2 = Math.log(2);
        double alpha = ln2 / (1 + ln2);
        double beta = 1 / (1 + ln2);
        double s = (1 - D) * (1 + D / 2) / (1 - D * alpha - D * D * beta);
        SentenceScores scores = OVERLAP_CONVERGED.score(article, CONTEXT);
        assertEquals(s, scores.get(0), EXACT);
        assertEquals(s, scores.get(1), EXACT);
        assertEquals(3 - 2 * s, scores.get(2), EXACT);
    }

    /**
     * S0 = [a b c], S1 = [a c c d], S2 = [b d], S3 = [d a], default settings (d = 0.85, tolerance
     * 1e-6, at most 100 iterations). W written out from eq. 3:
     * w01 = 2/(ln3+ln4), w02 = 1/(ln3+ln2), w03 = 1/(ln3+ln2), w12 = 1/(ln4+ln2),
     * w13 = 2/(ln4+ln2), w23 = 1/(ln2+ln2); then explicit dense power iteration.
     */
    @Test
    void wordOverlapScoresMatchAnExplicitPowerIterationOnAHandWrittenMatrix() {
        Article article = TestArticles.ofTerms(List.of("a", "b", "c"), List.of("a", "c", "c", "d"),
                List.of("b", "d"), List.of("d", "a"));
        double l2 = Math.log(2);
        double l3 = Math.log(3);
        double l4 = Math.log(4);
        double w01 = 2 / (l3 + l4);
        double w02 = 1 / (l3 + l2);
        double w03 = 1 / (l3 + l2);
        double w12 = 1 / (l4 + l2);
        double w13 = 2 / (l4 + l2);
        double w23 = 1 / (l2 + l2);
        double[][] w = {
            {0, w01, w02, w03},
            {w01, 0, w12, w13},
            {w02, w12, 0, w23},
            {w03, w13, w23, 0}};
        double[] expected = NaiveGraph.pageRank(w, D, 1e-6, 100);
        SentenceScores scores = OVERLAP.score(article, CONTEXT);
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], scores.get(i), EXACT, "sentence " + i);
        }
    }

    /**
     * Path A - B - C plus isolated D for cosine: A = [a b], B = [b c], C = [c d f], D = [e];
     * N = 4, so {@code i1 = 1 + ln 4} (terms in one sentence) and {@code i2 = 1 + ln 2} (b, c).
     * {@code p = cos(A, B) = i2² / (√(i1² + i2²) √2 i2)}, {@code q = cos(B, C) = i2² / (√2 i2 √(i2² + 2 i1²))};
     * the fixed point is the path's closed form with those weights.
     */
    @Test
    void cosineScoresOfAPathAreTheClosedFormFixedPoint() {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of("b", "c"),
                List.of("c", "d", "f"), List.of("e"));
        double i1 = 1 + Math.log(4);
        double i2 = 1 + Math.log(2);
        double p = i2 * i2 / (Math.sqrt(i1 * i1 + i2 * i2) * Math.sqrt(2) * i2);
        double q = i2 * i2 / (Math.sqrt(2) * i2 * Math.sqrt(i2 * i2 + 2 * i1 * i1));
        double b = (1 + 2 * D) / (1 + D);
        SentenceScores scores = COSINE_CONVERGED.score(article, CONTEXT);
        assertEquals((1 - D) + D * p / (p + q) * b, scores.get(0), EXACT);
        assertEquals(b, scores.get(1), EXACT);
        assertEquals((1 - D) + D * q / (p + q) * b, scores.get(2), EXACT);
        assertEquals(1 - D, scores.get(3), 0);
    }

    /**
     * S0 = [a a b], S1 = [a b c], S2 = [c c d], S3 = [d a]; N = 4, sf(a) = 3, sf(b) = sf(c) = sf(d) = 2,
     * so {@code ia = 1 + ln(4/3)}, {@code i = 1 + ln 2}. Vectors over (a, b, c, d):
     * v0 = (2ia, i, 0, 0), v1 = (ia, i, i, 0), v2 = (0, 0, 2i, i), v3 = (ia, 0, 0, i);
     * {@code w_jk = v_j·v_k / (|v_j| |v_k|)}; then explicit dense power iteration, default settings.
     */
    @Test
    void cosineScoresMatchAnExplicitPowerIterationOnHandWrittenVectors() {
        Article article = TestArticles.ofTerms(List.of("a", "a", "b"), List.of("a", "b", "c"),
                List.of("c", "c", "d"), List.of("d", "a"));
        double ia = 1 + Math.log(4.0 / 3);
        double i = 1 + Math.log(2);
        double[][] v = {{2 * ia, i, 0, 0}, {ia, i, i, 0}, {0, 0, 2 * i, i}, {ia, 0, 0, i}};
        double[][] w = new double[4][4];
        for (int j = 0; j < 4; j++) {
            for (int k = 0; k < 4; k++) {
                w[j][k] = j == k ? 0 : dot(v[j], v[k]) / Math.sqrt(dot(v[j], v[j]) * dot(v[k], v[k]));
            }
        }
        double[] expected = NaiveGraph.pageRank(w, D, 1e-6, 100);
        SentenceScores scores = COSINE.score(article, CONTEXT);
        for (int s = 0; s < 4; s++) {
            assertEquals(expected[s], scores.get(s), EXACT, "sentence " + s);
        }
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int k = 0; k < u.length; k++) {
            sum += u[k] * v[k];
        }
        return sum;
    }

    @Test
    void identicalSentencesGetIdenticalScores() {
        Article article = TestArticles.ofTerms(List.of("a", "b", "c"), List.of("b", "d"),
                List.of("a", "b", "c"), List.of("e", "c"), List.of("d", "e", "f", "a"));
        for (TextRankScorer scorer : List.of(OVERLAP, COSINE)) {
            SentenceScores scores = scorer.score(article, CONTEXT);
            assertEquals(scores.get(0), scores.get(2), 1e-12, scorer.toString());
        }
    }

    /** One iteration from all ones on the path of the closed-form test: {@code WS_B = (1 - d) + 2d}. */
    @Test
    void theIterationCapIsHonoured() {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of("a", "b", "c", "e"), List.of("c", "f", "g"));
        SentenceScores scores = TextRankScorer.builder().maxIterations(1).build().score(article, CONTEXT);
        assertEquals((1 - D) + 2 * D, scores.get(1), EXACT);
    }

    @Test
    void aDampingOutsideZeroToOneExclusiveIsRejected() {
        for (double damping : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TextRankScorer.builder().damping(damping));
            assertEquals("damping must be in (0, 1), was " + damping, e.getMessage());
        }
    }

    @Test
    void aToleranceThatIsNotPositiveAndFiniteIsRejected() {
        for (double tolerance : new double[] {0, -1e-6, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TextRankScorer.builder().tolerance(tolerance));
            assertEquals("tolerance must be > 0 and finite, was " + tolerance, e.getMessage());
        }
    }

    @Test
    void anIterationCapBelowOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextRankScorer.builder().maxIterations(0));
        assertEquals("maxIterations must be >= 1, was 0", e.getMessage());
    }

    @Test
    void aNullSimilarityIsRejectedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> TextRankScorer.builder().similarity(null));
        assertEquals("similarity", e.getMessage());
    }
}

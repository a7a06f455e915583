package dev.nutshell.scoring;

import static dev.nutshell.Interrupts.assertCancelledWhileInterrupted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nutshell.article.Article;
import dev.nutshell.article.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LexRank: random walk over the thresholded cosine graph, self-links included, with damping. */
class LexRankScorerTest {
    /** Any context: this scorer does not depend on it. */
    private static final ScoringContext CONTEXT = ScoringContext.ofSummarySentences(3);
    private static final double EXACT = 1e-9;

    /**
     * A star: [a b c] shares one term with each of [a], [b], [c] (cos 1/√3 > 0.1), which share
     * nothing with each other. Links: hub {hub, a, b, c} (degree 4), each leaf {leaf, hub} (degree
     * 2). With d = 0.85 and N = 4, by symmetry p_leaf = q and p_hub = 1 − 3q, and
     * q = (1 − d)/4 + d × (p_hub / 4 + q / 2), so q = ((1 − d)/4 + d/4) / (1 − d/2 + 3d/4) = 0.25 / 1.2125.
     * Scores are 4 × p.
     */
    @Test
    void aHubSentenceOutranksItsLeaves() {
        Article article = TestArticles.ofTerms(List.of("a", "b", "c"), List.of("a"), List.of("b"), List.of("c"));
        SentenceScores scores = LexRankScorer.builder().tolerance(1e-13).maxIterations(10_000).build().score(article, CONTEXT);
        double d = 0.85;
        double leaf = ((1 - d) / 4 + d / 4) / (1 - d / 2 + 3 * d / 4);
        assertEquals(4 * (1 - 3 * leaf), scores.get(0), EXACT);
        for (int i = 1; i < 4; i++) {
            assertEquals(4 * leaf, scores.get(i), EXACT);
        }
    }

    /** Below the threshold there is no link: three unrelated sentences all keep the mean score 1. */
    @Test
    void unrelatedSentencesAllScoreOne() {
        Article article = TestArticles.ofTerms(List.of("a"), List.of("b"), List.of("c"));
        SentenceScores scores = LexRankScorer.create().score(article, CONTEXT);
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0, scores.get(i), EXACT);
        }
    }

    /** A threshold above the similarity removes the link that would make the hub central. */
    @Test
    void theThresholdDecidesWhichSentencesAreLinked() {
        Article article = TestArticles.ofTerms(List.of("a", "b", "c"), List.of("a"), List.of("b"), List.of("c"));
        SentenceScores scores = LexRankScorer.builder().threshold(0.6).build().score(article, CONTEXT);
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, scores.get(i), EXACT);
        }
    }

    /** Sentences further apart than maxDistance are not compared: [a] … [a] two apart stay unlinked. */
    @Test
    void sentencesBeyondTheMaximumDistanceAreNotLinked() {
        Article article = TestArticles.ofTerms(List.of("a"), List.of("b"), List.of("a"));
        SentenceScores near = LexRankScorer.create().score(article, CONTEXT);
        SentenceScores far = LexRankScorer.builder().maxDistance(1).build().score(article, CONTEXT);
        assertEquals(near.get(0), near.get(2), EXACT);
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0, far.get(i), EXACT);
        }
    }

    @Test
    void invalidSettingsAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LexRankScorer.builder().maxDistance(0));
        assertEquals("maxDistance must be >= 1, was 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LexRankScorer.builder().damping(1));
    }

    @Test
    void anInterruptedThreadStopsScoring() {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of("a"), List.of("b"));

        assertCancelledWhileInterrupted(() -> LexRankScorer.create().score(article, CONTEXT));
    }
}

package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nutshell.article.Article;
import dev.nutshell.article.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default ranking: lead-aware centrality for short summaries, TextRank for long ones. */
class NutshellScorerTest {
    private static final double EXACT = 1e-9;
    private static final Article ARTICLE =
            TestArticles.ofTerms(List.of("a", "b"), List.of("a", "c"), List.of("b", "c"));

    private static ScoringContext summaryOf(int sentences) {
        return ScoringContext.ofSummarySentences(sentences);
    }

    /**
     * Short summary: with shares 0.4..0.5, one of three sentences (1/3 ≤ 0.4) is fully lead-aware (α = 1), and the
     * other settings are the defaults. Directed centrality is [1, 0, −1] (see PositionalCentralityScorerTest),
     * already in [−1, 1]; plus 0.7 / (1 + i) = [0.7, 0.35, 0.7/3]; plus 0.4 × min(1, 2/15) each:
     * [1.7 + 0.8/15, 0.35 + 0.8/15, −1 + 0.7/3 + 0.8/15], divided by the first.
     */
    @Test
    void shortSummariesRankByDirectedCentralityPositionAndLength() {
        SentenceScores scores = NutshellScorer.builder().shares(0.4, 0.5).build().score(ARTICLE, summaryOf(1));
        double length = 0.4 * 2 / 15;
        double first = 1 + 0.7 + length;
        assertEquals(1.0, scores.get(0), EXACT);
        assertEquals((0.35 + length) / first, scores.get(1), EXACT);
        assertEquals((-1 + 0.7 / 3 + length) / first, scores.get(2), EXACT);
    }

    /** One sentence of ten is a share of 0.1, the default short share: fully lead-aware, as for any shorter summary. */
    @Test
    void aSummaryOfATenthIsRankedLikeAnyShorterOne() {
        List<List<String>> terms = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            terms.add(List.of("t" + i % 3, "u" + i % 4));
        }
        Article twenty = TestArticles.ofTerms(terms);
        NutshellScorer scorer = NutshellScorer.create();
        assertEquals(scorer.score(twenty, summaryOf(1)), scorer.score(twenty, summaryOf(2)));
        assertNotEquals(scorer.score(twenty, summaryOf(2)), scorer.score(twenty, summaryOf(3)));
    }

    /** Two of three sentences is a share of 2/3 ≥ 0.4: TextRank divided by its maximum magnitude (its largest score). */
    @Test
    void longSummariesRankByTextRank() {
        SentenceScores scores = NutshellScorer.create().score(ARTICLE, summaryOf(2));
        SentenceScores textRank = TextRankScorer.create().score(ARTICLE, summaryOf(2));
        double largest = textRank.stream().max().orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertEquals(textRank.get(i) / largest, scores.get(i), EXACT);
        }
    }

    /** With shares 0.2..0.5, one of three sentences (1/3) weighs the lead-aware ranking by (0.5 − 1/3) / 0.3. */
    @Test
    void inBetweenTheTwoRankingsAreBlendedLinearly() {
        NutshellScorer scorer = NutshellScorer.builder().shares(0.2, 0.5).build();
        SentenceScores blended = scorer.score(ARTICLE, summaryOf(1));
        SentenceScores leadAware = NutshellScorer.builder().shares(0.4, 0.5).build().score(ARTICLE, summaryOf(1));
        SentenceScores coverage = NutshellScorer.builder().shares(0.0, 0.01).build().score(ARTICLE, summaryOf(1));
        double alpha = (0.5 - 1.0 / 3) / 0.3;
        for (int i = 0; i < 3; i++) {
            assertEquals(alpha * leadAware.get(i) + (1 - alpha) * coverage.get(i), blended.get(i), EXACT);
        }
    }

    /** A coverage ranking of the user's own hears the summary's context, as a scorer it wraps must. */
    @Test
    void theCoverageRankingIsGivenTheSummarysContext() {
        List<ScoringContext> seen = new java.util.ArrayList<>();
        SentenceScorer textRank = TextRankScorer.create();
        NutshellScorer scorer = NutshellScorer.builder().coverage((article, context) -> {
            seen.add(context);
            return textRank.score(article, context);
        }).build();
        scorer.score(ARTICLE, summaryOf(2));
        assertEquals(List.of(summaryOf(2)), seen);
    }

    @Test
    void invalidSharesAreRejectedWithTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NutshellScorer.builder().shares(0.4, 0.1));
        assertEquals("shares must satisfy 0 <= short < long <= 1, were 0.4 and 0.1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NutshellScorer.builder().positionWeight(-1));
    }
}

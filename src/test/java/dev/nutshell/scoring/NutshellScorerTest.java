package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * Short summary (α = 1, as without a summary length). Directed centrality is [1, 0, −1] (see PositionalCentralityScorerTest),
     * already in [−1, 1]; plus 0.7 / (1 + i) = [0.7, 0.35, 0.7/3]; plus 0.4 × min(1, 2/15) each:
     * [1.7 + 0.8/15, 0.35 + 0.8/15, −1 + 0.7/3 + 0.8/15], divided by the first.
     */
    @Test
    void shortSummariesRankByDirectedCentralityPositionAndLength() {
        SentenceScores scores = NutshellScorer.create().score(ARTICLE);
        double length = 0.4 * 2 / 15;
        double first = 1 + 0.7 + length;
        assertEquals(1.0, scores.get(0), EXACT);
        assertEquals((0.35 + length) / first, scores.get(1), EXACT);
        assertEquals((-1 + 0.7 / 3 + length) / first, scores.get(2), EXACT);
    }

    /** One sentence of ten is a share of 0.1: fully lead-aware, as without a summary length. */
    @Test
    void aSummaryOfATenthIsRankedLikeOneWithoutLength() {
        List<List<String>> terms = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            terms.add(List.of("t" + i % 3, "u" + i % 4));
        }
        Article ten = TestArticles.ofTerms(terms);
        assertEquals(NutshellScorer.create().score(ten), NutshellScorer.create().score(ten, 1));
    }

    /** Two of three sentences is a share of 2/3 ≥ 0.4: TextRank scaled by its largest score. */
    @Test
    void longSummariesRankByTextRank() {
        SentenceScores scores = NutshellScorer.create().score(ARTICLE, 2);
        SentenceScores textRank = TextRankScorer.create().score(ARTICLE);
        double largest = textRank.stream().max().orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertEquals(textRank.get(i) / largest, scores.get(i), EXACT);
        }
    }

    /** With shares 0.2..0.5, one of three sentences (1/3) weighs the lead-aware ranking by (0.5 − 1/3) / 0.3. */
    @Test
    void inBetweenTheTwoRankingsAreBlendedLinearly() {
        NutshellScorer scorer = NutshellScorer.builder().shares(0.2, 0.5).build();
        SentenceScores blended = scorer.score(ARTICLE, 1);
        SentenceScores leadAware = scorer.score(ARTICLE);
        SentenceScores coverage = NutshellScorer.builder().shares(0.0, 0.01).build().score(ARTICLE, 1);
        double alpha = (0.5 - 1.0 / 3) / 0.3;
        for (int i = 0; i < 3; i++) {
            assertEquals(alpha * leadAware.get(i) + (1 - alpha) * coverage.get(i), blended.get(i), EXACT);
        }
    }

    @Test
    void invalidSharesAreRejectedWithTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NutshellScorer.builder().shares(0.4, 0.1));
        assertEquals("shares must satisfy 0 <= short < long <= 1, were 0.4 and 0.1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NutshellScorer.builder().positionWeight(-1));
    }
}

package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nutshell.article.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lead: {@code score(i) = 1 / (i + 1)}, whatever the sentences hold. */
class LeadScorerTest {
    /** Any context: this scorer does not depend on it. */
    private static final ScoringContext CONTEXT = ScoringContext.ofSummarySentences(3);
    private final LeadScorer scorer = LeadScorer.create();

    @Test
    void theScoreIsTheReciprocalOfTheOneBasedPosition() {
        SentenceScores scores = scorer.score(TestArticles.ofTerms(
                List.of("z"), List.of("a", "b"), List.of(), List.of("a", "b")), CONTEXT);
        assertEquals(4, scores.size());
        assertEquals(1.0, scores.get(0), 0);
        assertEquals(0.5, scores.get(1), 0);
        assertEquals(1.0 / 3, scores.get(2), 0);
        assertEquals(0.25, scores.get(3), 0);
    }

    @Test
    void anEarlierSentenceAlwaysScoresHigherEvenWhenIdentical() {
        SentenceScores scores = scorer.score(TestArticles.ofTerms(List.of("a"), List.of("a")), CONTEXT);
        assertEquals(1.0, scores.get(0), 0);
        assertEquals(0.5, scores.get(1), 0);
    }
}

package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitEvaluationTest {
    /** The worked example of the data's README: "Dr. Smith came. He left.", gold [0, 15) and [16, 24). */
    private static final String DOCTOR = "Dr. Smith came. He left.";
    private static final List<SentenceSpan> DOCTOR_GOLD = List.of(span(0, 15), span(16, 24));

    private static SentenceSpan span(int start, int end) {
        return new SentenceSpan(start, end);
    }

    /** A cut after "Dr.": 1 correct of 3 predicted and 2 gold, one false boundary (at 3), none missed. */
    @Test
    void aFalseCutAfterAnAbbreviationCostsBothSentencesAroundIt() {
        SplitScore score = SplitEvaluation.score(DOCTOR, DOCTOR_GOLD, List.of(span(0, 3), span(4, 15), span(16, 24)));
        assertEquals(new SplitScore(1, 2, 3, 1, 0, 0, 1), score);
        assertEquals(1.0 / 3, score.precision(), 1e-12);
        assertEquals(0.5, score.recall(), 1e-12);
        assertEquals(0.4, score.f1(), 1e-12); // 2 * (1/3) * (1/2) / (5/6)
        assertEquals(0, score.exact());
    }

    /** The README's second prediction: [0, 16) trims to [0, 15), so the paragraph is exact. */
    @Test
    void trailingWhitespaceIsTrimmedBeforeMatching() {
        assertEquals(new SplitScore(1, 2, 2, 2, 1, 0, 0),
                SplitEvaluation.score(DOCTOR, DOCTOR_GOLD, List.of(span(0, 16), span(16, 24))));
    }

    @Test
    void aMergedParagraphMissesItsBoundaryAndScoresNothing() {
        assertEquals(new SplitScore(1, 2, 1, 0, 0, 1, 0), SplitEvaluation.score(DOCTOR, DOCTOR_GOLD, List.of(span(0, 24))));
    }

    @Test
    void repeatedAndBlankPredictionsCountOnce() {
        String text = "One.\u00a0\u0085 Two.";
        List<SentenceSpan> gold = List.of(span(0, 4), span(7, 11));
        SplitScore score = SplitEvaluation.score(text, gold,
                List.of(span(0, 4), span(0, 6), span(4, 7), span(3, 3), span(6, 11), span(7, 11)));
        assertEquals(new SplitScore(1, 2, 2, 2, 1, 0, 0), score);
    }

    /**
     * Overlapping predictions are allowed; only those equal to a gold span are correct. The inner cut
     * at 15 is predicted (by the second span), so no boundary counts as missed.
     */
    @Test
    void overlappingPredictionsAreScoredOneByOne() {
        SplitScore score = SplitEvaluation.score(DOCTOR, DOCTOR_GOLD, List.of(span(0, 24), span(0, 15)));
        assertEquals(new SplitScore(1, 2, 2, 1, 0, 0, 0), score);
    }

    @Test
    void filesAddUpTheirParagraphsCounts() {
        SplitScore exact = SplitEvaluation.score(DOCTOR, DOCTOR_GOLD, DOCTOR_GOLD);
        SplitScore merged = SplitEvaluation.score(DOCTOR, DOCTOR_GOLD, List.of(span(0, 24)));
        SplitScore total = SplitScore.NONE.plus(exact).plus(merged);
        assertEquals(new SplitScore(2, 4, 3, 2, 1, 1, 0), total);
        assertEquals(2.0 / 3, total.precision(), 1e-12);
        assertEquals(0.5, total.recall(), 1e-12);
        assertEquals(4.0 / 7, total.f1(), 1e-12); // 2 * (2/3) * (1/2) / (7/6)
        assertEquals(0.5, total.exact(), 1e-12);
    }

    @Test
    void noPredictionScoresZeroWithoutDividingByZero() {
        SplitScore score = SplitEvaluation.score("   ", List.of(), List.of(span(0, 3)));
        assertEquals(new SplitScore(1, 0, 0, 0, 1, 0, 0), score);
        assertEquals(0, score.precision());
        assertEquals(0, score.recall());
        assertEquals(0, score.f1());
        assertEquals(0, SplitScore.NONE.exact());
    }

    @Test
    void aSpanPastTheEndOfTheParagraphIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SplitEvaluation.score(DOCTOR, DOCTOR_GOLD, List.of(span(16, 25))));
        assertEquals("span [16, 25) ends past the paragraph's 24 characters", error.getMessage());
    }

    @Test
    void aBackwardSpanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> span(5, 4));
        assertThrows(IllegalArgumentException.class, () -> span(-1, 4));
    }

    @Test
    void countsThatContradictEachOtherAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SplitScore(1, 1, 1, 2, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SplitScore(1, 1, 1, 1, 2, 0, 0));
    }
}

package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SentenceScoresTest {

    @Test
    void scoresAreComputedByIndexInOrder() {
        SentenceScores scores = SentenceScores.of(3, i -> 10 * i);
        assertEquals(3, scores.size());
        assertEquals(20, scores.get(2), 0);
    }

    @Test
    void aNonFiniteScoreIsRejectedNamingTheSentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SentenceScores.of(3, i -> i == 1 ? Double.NaN : 0));
        assertEquals("score of sentence 1 must be finite, was NaN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SentenceScores.of(1, i -> Double.POSITIVE_INFINITY));
    }

    @Test
    void aNegativeSizeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SentenceScores.of(-1, i -> 0));
        assertEquals("size must be >= 0, was -1", e.getMessage());
    }

    @Test
    void aNullFunctionIsRejectedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> SentenceScores.of(1, null));
        assertEquals("score", e.getMessage());
    }

    @Test
    void scoresWithTheSameValuesAreEqual() {
        assertEquals(SentenceScores.of(2, i -> i), SentenceScores.of(2, i -> i));
        assertEquals(SentenceScores.of(2, i -> i).hashCode(), SentenceScores.of(2, i -> i).hashCode());
        assertNotEquals(SentenceScores.of(2, i -> i), SentenceScores.of(2, i -> 1 - i));
        assertEquals(SentenceScores.empty(), SentenceScores.of(0, i -> 0));
    }

    @Test
    void anIndexOutOfRangeIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> SentenceScores.of(2, i -> 0).get(2));
    }
}

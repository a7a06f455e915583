package dev.nutshell.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.article.TestArticles;
import dev.nutshell.scoring.SentenceScores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Selection with a redundancy penalty λ: value = (1 − λ) × score / max|score| − λ × (largest cosine
 * with a chosen sentence).
 */
class MarginalRelevanceTest {
    private static final int NO_LIMIT = Integer.MAX_VALUE;
    /**
     * Sentences 0 and 1 share two of their three terms; sentence 2 shares none. With N = 3, idf is
     * 1 + ln(3/2) for "harbour" and "boats" and 1 + ln 3 for the others, so cos(0, 1) =
     * 2 a² / (2 a² + b²) with a = 1 + ln 1.5, b = 1 + ln 3: about 0.4727.
     */
    private static final Article OVERLAPPING = TestArticles.ofSentences(
            "Harbour boats sail.", "Harbour boats rest.", "Market stalls open.");
    /** Sentences 0 and 1 have the same terms: cosine 1, a repeat. */
    private static final Article REPEATING = TestArticles.ofSentences(
            "Harbour boats sail.", "Harbour boats sail!", "Market stalls open.");
    private static final SentenceScores SCORES = SentenceScores.of(3, i -> new double[] {1.0, 0.9, 0.5}[i]);

    private static List<Integer> select(Article article, double redundancy, int sentences) {
        return SentenceSelector.select(article, SCORES, new Budget(sentences, NO_LIMIT, NO_LIMIT), redundancy)
                .stream().map(Sentence::index).toList();
    }

    private static List<Integer> select(double redundancy, int sentences) {
        return select(OVERLAPPING, redundancy, sentences);
    }

    @Test
    void theOverlapIsTheTfIdfCosine() {
        double a = 1 + Math.log(1.5);
        double b = 1 + Math.log(3);
        double cosine = 2 * a * a / (2 * a * a + b * b);
        // λ = 0.5: 0.5 × 0.9 − 0.5 × cos against 0.5 × 0.5: sentence 1 loses exactly when cos > 0.4.
        assertEquals(0.4729, cosine, 1e-4);
        assertEquals(List.of(0, 2), select(0.5, 2));
    }

    /** λ = 0.02: sentence 1 is worth 0.98 × 0.9 − 0.02 × 0.47, more than sentence 2's 0.49. */
    @Test
    void aSmallPenaltyKeepsAMuchBetterScoredSentence() {
        assertEquals(List.of(0, 1), select(0.02, 2));
    }

    /** Even the smallest penalty puts a near repeat after every sentence that says something new. */
    @Test
    void aRepeatComesAfterEverythingNew() {
        assertEquals(List.of(0, 2), select(REPEATING, 0.01, 2));
        assertEquals(List.of(0, 1), select(REPEATING, 0, 2));
    }

    @Test
    void withoutPenaltyTheSelectionIsByScore() {
        assertEquals(List.of(0, 1), select(0, 2));
    }

    @Test
    void thePenaltyOnlyReordersItNeverDropsSentences() {
        assertEquals(List.of(0, 1, 2), select(0.5, 3));
    }

    /**
     * Scores [1, 0.9, 0.5, −2] are divided by their maximum magnitude, 2, not by their maximum, 1. With four
     * sentences cos(0, 1) = 2a² / (2a² + b²), a = 1 + ln 2, b = 1 + ln 4: about 0.5017. At λ = 0.35, after sentence 0,
     * sentence 1 is worth 0.65 × 0.45 − 0.35 × 0.5017 ≈ 0.117 and sentence 2 0.65 × 0.25 ≈ 0.163, so 2 is chosen;
     * divided by the maximum, sentence 1 would be worth 0.65 × 0.9 − 0.176 ≈ 0.409 against 0.325 and be chosen.
     */
    @Test
    void scoresAreDividedByTheirMaximumMagnitudeNotTheirMaximum() {
        Article article = TestArticles.ofSentences("Harbour boats sail.", "Harbour boats rest.", "Market stalls open.", "Rain fell.");
        SentenceScores scores = SentenceScores.of(4, i -> new double[] {1.0, 0.9, 0.5, -2.0}[i]);
        List<Integer> chosen = SentenceSelector.select(article, scores, new Budget(2, NO_LIMIT, NO_LIMIT), 0.35)
                .stream().map(Sentence::index).toList();
        assertEquals(List.of(0, 2), chosen);
    }

    @Test
    void aPenaltyOutsideItsRangeIsRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> select(1, 2));
        assertEquals("redundancy must be in [0, 1), was 1.0", e.getMessage());
    }

    /**
     * The input: one huge sentence (20,000 distinct terms) chosen first, then a thousand
     * copies of one short sentence, each re-valued against the huge one. A re-valuation costs the
     * short sentence's terms times a logarithm, not the huge sentence's length: the cosines of the
     * whole selection make at most 100 comparisons of term ids per copy, where merging made 20,000.
     */
    @Test
    void reValuingAgainstAHugeChosenSentenceCostsTheShortOnesLength() {
        List<List<String>> sentences = new ArrayList<>();
        List<String> huge = new ArrayList<>();
        for (int t = 0; t < 20_000; t++) {
            huge.add("t" + t);
        }
        sentences.add(huge);
        int copies = 1_000;
        for (int c = 0; c < copies; c++) {
            sentences.add(List.of("harbour", "boats", "t7"));
        }
        Article article = TestArticles.ofTerms(sentences);
        SentenceScores scores = SentenceScores.of(copies + 1, i -> i == 0 ? 1 : 0.5);
        MarginalRelevanceOrder order = new MarginalRelevanceOrder(article, scores, 0.2);

        order.accept(order.next());
        order.accept(order.next());
        for (int index = order.next(); index >= 0; index = order.next()) {
            assertTrue(index > 0);
        }

        assertTrue(order.comparisons() <= 100L * copies, order.comparisons() + " comparisons for " + copies + " copies");
    }
}

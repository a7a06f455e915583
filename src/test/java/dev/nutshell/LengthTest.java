package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LengthTest {

    @Test
    void aRatioOfThreeTenthsOfTenSentencesIsThreeSentencesDespiteBinaryRounding() {
        // 0.3 * 10 is 3.0000000000000004 in binary floating point; ceil of that would be 4.
        assertEquals(3, new Length.Ratio(0.3).sentencesOf(10));
    }

    @Test
    void aRatioRoundsAFractionalSentenceCountUp() {
        assertEquals(3, new Length.Ratio(0.25).sentencesOf(10));
        assertEquals(1, new Length.Ratio(0.01).sentencesOf(10));
        assertEquals(4, new Length.Ratio(0.5).sentencesOf(7));
    }

    @Test
    void aRatioOfOneIsEverySentence() {
        assertEquals(17, new Length.Ratio(1.0).sentencesOf(17));
    }

    @Test
    void aRatioOfAnArticleWithoutSentencesIsZeroSentences() {
        assertEquals(0, new Length.Ratio(0.5).sentencesOf(0));
    }

    @Test
    void aTinyRatioStillAllowsOneSentenceOfANonEmptyArticle() {
        // Documented: "at least one whenever the article has any". 1e-10 × 5 = 5e-10 is below the
        // rounding epsilon, which must not turn the budget into zero sentences.
        assertEquals(1, new Length.Ratio(1e-10).sentencesOf(5));
        assertEquals(1, new Length.Ratio(Double.MIN_VALUE).sentencesOf(1));
    }

    @Test
    void aSmallRatioOfALongArticleIsOneSentence() {
        assertEquals(1, new Length.Ratio(1e-6).sentencesOf(1000));
    }

    /**
     * For every two-decimal ratio r in 0.01 .. 1.00 and every n in 1 .. 1000 the budget is the exact
     * decimal {@code ceil(r × n)}, computed with {@link BigDecimal} from the ratio's decimal spelling.
     */
    @Test
    void aRatioIsTheExactDecimalCeilingForEveryTwoDecimalRatio() {
        for (int hundredths = 1; hundredths <= 100; hundredths++) {
            double ratio = hundredths / 100.0;
            BigDecimal exactRatio = new BigDecimal(Double.toString(ratio));
            Length.Ratio length = new Length.Ratio(ratio);
            for (int n = 1; n <= 1000; n++) {
                int expected = exactRatio.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
                int actual = length.sentencesOf(n);
                if (expected != actual) {
                    assertEquals(expected, actual, "ceil(" + ratio + " × " + n + ")");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aSentenceBudgetBelowOneIsRejectedWithItsValue(int count) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Length.sentences(count));
        assertEquals("sentences must be >= 1, was " + count, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aWordBudgetBelowOneIsRejectedWithItsValue(int count) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Length.words(count));
        assertEquals("words must be >= 1, was " + count, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aCharacterBudgetBelowOneIsRejectedWithItsValue(int count) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Length.chars(count));
        assertEquals("chars must be >= 1, was " + count, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, -0.5, 1.0000001, 2.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY})
    void aRatioOutsideZeroExclusiveToOneInclusiveIsRejectedWithItsValue(double ratio) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Length.ratio(ratio));
        assertEquals("ratio must be in (0, 1], was " + ratio, e.getMessage());
    }

    @Test
    void theRecordConstructorsValidateLikeTheFactories() {
        assertThrows(IllegalArgumentException.class, () -> new Length.Sentences(0));
        assertThrows(IllegalArgumentException.class, () -> new Length.Words(0));
        assertThrows(IllegalArgumentException.class, () -> new Length.Chars(0));
        assertThrows(IllegalArgumentException.class, () -> new Length.Ratio(0));
    }

    @Test
    void theSmallestValidBudgetsAreAccepted() {
        assertEquals(1, ((Length.Sentences) Length.sentences(1)).count());
        assertEquals(1, ((Length.Words) Length.words(1)).count());
        assertEquals(1, ((Length.Chars) Length.chars(1)).count());
        assertEquals(1.0, ((Length.Ratio) Length.ratio(1.0)).ratio());
        assertEquals(Integer.MAX_VALUE, ((Length.Sentences) Length.sentences(Integer.MAX_VALUE)).count());
    }

    @Test
    void equalBudgetsAreEqualValues() {
        assertEquals(Length.sentences(3), Length.sentences(3));
        assertEquals(Length.ratio(0.5), Length.ratio(0.5));
    }
}

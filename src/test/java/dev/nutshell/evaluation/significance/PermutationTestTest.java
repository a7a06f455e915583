package dev.nutshell.evaluation.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The paired permutation test against p-values counted by hand, and its sampling against the exact count. */
class PermutationTestTest {
    private static final PermutationTest TEST = new PermutationTest(10_000, 1);

    /** +1 … +5: sum 15, which only the all-plus and all-minus of the 2⁵ assignments reach: p = 2/32. */
    @Test
    void fivePositiveDifferencesGiveOneSixteenth() {
        assertEquals(0.0625, TEST.pValue(new long[] {1, 2, 3, 4, 5}));
    }

    /**
     * +1, +2, +3, −4: sum 2. Of the 16 assignments ±1 ±2 ±3 ±4, only those whose plus signs sum to
     * 5, {1, 4} and {2, 3}, give 0; the other 14 reach 2 or more in magnitude: p = 14/16.
     */
    @Test
    void oneNegativeAmongFourGivesSevenEighths() {
        assertEquals(0.875, TEST.pValue(new long[] {1, 2, 3, -4}));
    }

    /** Documents without a difference change no sum: two zeros beside +1 … +5 leave p = 2/32. */
    @Test
    void documentsWithoutADifferenceAreLeftOut() {
        assertEquals(0.0625, TEST.pValue(new long[] {0, 1, 0, 2, 3, 4, 5}));
    }

    /** +1, −1, +2, −2: sum 0, which every assignment reaches. */
    @Test
    void balancedDifferencesGivePOne() {
        assertEquals(1, TEST.pValue(new long[] {1, -1, 2, -2}));
    }

    @Test
    void identicalSystemsGivePOne() {
        assertEquals(1, TEST.pValue(new long[1000]));
        assertEquals(1, TEST.pValue(new long[0]));
    }

    /**
     * 25 equal positive differences: only 2 of 2²⁵ assignments reach the sum, so 10,000 random ones
     * almost surely hit none and p = (1 + 0)/(1 + 10,000), never 0.
     */
    @Test
    void aSampledPValueIsNeverZero() {
        long[] differences = new long[25];
        Arrays.fill(differences, 7);
        assertEquals(1.0 / 10_001, TEST.pValue(differences));
    }

    /**
     * 1 … 30 with 17 and 26 … 30 negative (sum 151): too many to enumerate, so sampled. The exact
     * p-value, counted here by dynamic programming over the sums, is about 0.12; 40,000 draws put
     * the estimate within 4 standard deviations (0.0065) of it.
     */
    @Test
    void theSampledPValueEstimatesTheExactOne() {
        Set<Integer> negative = Set.of(17, 26, 27, 28, 29, 30);
        long[] differences = new long[30];
        for (int i = 1; i <= 30; i++) {
            differences[i - 1] = negative.contains(i) ? -i : i;
        }
        double exact = exactPValue(differences);
        double sampled = new PermutationTest(40_000, 3).pValue(differences);
        assertTrue(exact > 0.05 && exact < 0.3, "exact " + exact);
        assertEquals(exact, sampled, 4 * Math.sqrt(exact * (1 - exact) / 40_000), "exact " + exact);
    }

    /** The number of sign assignments by their sum, then the share as far from 0 as the observed sum. */
    private static double exactPValue(long[] differences) {
        int total = (int) Arrays.stream(differences).map(Math::abs).sum();
        long[] ways = new long[2 * total + 1];
        ways[total] = 1;
        for (long difference : differences) {
            long[] next = new long[ways.length];
            int step = (int) Math.abs(difference);
            for (int sum = 0; sum < ways.length; sum++) {
                if (ways[sum] > 0) {
                    next[sum + step] += ways[sum];
                    next[sum - step] += ways[sum];
                }
            }
            ways = next;
        }
        long observed = Math.abs(Arrays.stream(differences).sum());
        long hits = 0;
        for (int sum = 0; sum < ways.length; sum++) {
            if (Math.abs(sum - total) >= observed) {
                hits += ways[sum];
            }
        }
        return hits / Math.pow(2, differences.length);
    }

    /** Two-sided: swapping the systems, which flips every sign, gives the same p. */
    @Test
    void swappingTheSystemsGivesTheSamePValue() {
        long[] differences = {3, -1, 2, 5, 0, 4, -2, 2, 1, 3, 5, 4, 6, 1, 5, 6, 7, 7, 8, 8, 9, 9, 10, -3};
        long[] swapped = Arrays.stream(differences).map(difference -> -difference).toArray();
        assertEquals(TEST.pValue(differences), TEST.pValue(swapped));
    }

    @Test
    void badArgumentsAreRefused() {
        assertEquals("resamples must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new PermutationTest(0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TEST.pValue(new long[] {1L << 41}));
    }
}

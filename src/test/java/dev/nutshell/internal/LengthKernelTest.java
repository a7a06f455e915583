package dev.nutshell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The weight of a shared term between sentences of a and b terms, {@code 1 / (ln a + ln b)} (1 for
 * a = b = 1), exactly and through the separable exponential sum.
 */
class LengthKernelTest {

    /** Every length from 1 to 2,000, then 400 lengths spread evenly in ln up to 2³¹ − 1. */
    private static int[] lengthsUpToTheLargestInt() {
        TreeSet<Integer> lengths = new TreeSet<>();
        IntStream.rangeClosed(1, 2_000).forEach(lengths::add);
        for (int p = 0; p <= 400; p++) {
            lengths.add((int) Math.min(Integer.MAX_VALUE, Math.round(Math.exp(Math.log(2_000)
                    + (Math.log(Integer.MAX_VALUE) - Math.log(2_000)) * p / 400))));
        }
        lengths.add(Integer.MAX_VALUE);
        return lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void separableWeightsOfDifferentLengthsAreWithinTheStatedRelativeErrorUpToTheLargestInt() {
        int[] lengths = lengthsUpToTheLargestInt();
        LengthKernel kernel = new LengthKernel(lengths);
        double worst = 0;
        for (int a = 0; a < lengths.length; a++) {
            for (int b = 0; b < lengths.length; b++) {
                if (a != b) {
                    double exact = 1 / (Math.log(lengths[a]) + Math.log(lengths[b]));
                    worst = Math.max(worst, Math.abs(kernel.separableFactors().separable(a, b) / exact - 1));
                }
            }
        }
        assertTrue(worst <= ExponentialSum.RELATIVE_ERROR, "largest relative error " + worst);
    }

    /** Same lengths, (1, 1) included, whose exact weight 1 is no value of 1 / s: the correction restores it. */
    @Test
    void theDiagonalCorrectionMakesTheWeightOfEqualLengthsExact() {
        int[] lengths = {1, 2, 3, 10, 1_000, 1_000_000, Integer.MAX_VALUE};
        LengthKernel kernel = new LengthKernel(lengths);
        for (int c = 0; c < lengths.length; c++) {
            double exact = c == 0 ? 1 : 1 / (2 * Math.log(lengths[c]));
            assertEquals(exact, kernel.separableFactors().separable(c, c) + kernel.separableFactors().diagonalCorrection[c], 1e-15 * exact, "length " + lengths[c]);
        }
    }

    @Test
    void exactWeightsAreOneForTwoOneTermSentencesAndOneOverTheSumOfLogarithmsOtherwise() {
        LengthKernel kernel = new LengthKernel(new int[] {1, 2, 7});
        assertEquals(1, kernel.coefficient(0, 0), 0);
        assertEquals(1 / Math.log(2), kernel.coefficient(0, 1), 1e-15);
        assertEquals(1 / (Math.log(2) + Math.log(7)), kernel.coefficient(2, 1), 1e-15);
    }

    /** Past 1,024 lengths the weights are computed when asked instead of tabled: the same bits. */
    @Test
    void weightsComputedWithoutATableAreTheSameBitsAsTabledOnes() {
        LengthKernel tabled = new LengthKernel(IntStream.rangeClosed(1, LengthKernel.TABLE_CLASSES).toArray());
        LengthKernel computed = new LengthKernel(IntStream.rangeClosed(1, LengthKernel.TABLE_CLASSES + 1).toArray());
        assertNotNull(tabled.table);
        assertNull(computed.table);
        for (int a = 0; a < LengthKernel.TABLE_CLASSES; a += 7) {
            for (int b = 0; b < LengthKernel.TABLE_CLASSES; b++) {
                assertEquals(Double.doubleToLongBits(tabled.coefficient(a, b)),
                        Double.doubleToLongBits(computed.coefficient(a, b)), a + 1 + " and " + (b + 1));
            }
        }
    }

    /** The table of small logarithms and the native call give the same bits, on both sides of the table's end. */
    @Test
    void logarithmsOfLengthsAreStrictMathsToTheBit() {
        for (int length = 1; length < 5_000; length++) {
            assertEquals(Double.doubleToLongBits(StrictMath.log(length)), Double.doubleToLongBits(LengthKernel.log(length)),
                    "length " + length);
        }
        assertEquals(Double.doubleToLongBits(StrictMath.log(Integer.MAX_VALUE)),
                Double.doubleToLongBits(LengthKernel.log(Integer.MAX_VALUE)));
    }
}

package dev.nutshell.evaluation.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Wilcoxon signed-rank test against p-values computed by hand on small samples (each agrees with
 * SciPy 1.17's {@code scipy.stats.wilcoxon} with {@code zero_method="wilcox"} and, for the
 * approximations, {@code correction=True, method="approx"}).
 */
class SignedRankTestTest {

    /** Five positive differences: W+ = 15, which 1 of the 2⁵ sign assignments reaches, so p = 2 · 1/32. */
    @Test
    void fivePositiveDifferencesGiveTheExactPValueOneSixteenth() {
        assertEquals(0.0625, SignedRankTest.pValue(new double[] {0.1, 0.2, 0.3, 0.4, 0.5}), 1e-15);
    }

    /**
     * +1, +2, +3, −4: ranks 1 to 4, W+ = 6 and W− = 4. Of the 16 subsets of {1, 2, 3, 4}, seven sum
     * to 6 or more ({2,4}, {3,4}, {1,2,3}, {1,2,4}, {1,3,4}, {2,3,4}, {1,2,3,4}), so p = 2 · 7/16.
     */
    @Test
    void oneNegativeDifferenceAmongFourGivesTheExactPValueSevenEighths() {
        assertEquals(0.875, SignedRankTest.pValue(new double[] {1, 2, 3, -4}), 1e-15);
    }

    /** Zero differences are dropped before ranking: two zeros beside five positives change nothing. */
    @Test
    void zeroDifferencesAreDropped() {
        assertEquals(0.0625, SignedRankTest.pValue(new double[] {0, 0.1, 0, 0.2, 0.3, 0.4, 0.5}), 1e-15);
    }

    /**
     * +1, +1, −1, +2, +3, +3: tied magnitudes, so the normal approximation. Ranks 2, 2, 2, 4, 5.5,
     * 5.5; W+ = 19; mean 6·7/4 = 10.5; variance 6·7·13/24 − ((3³−3) + (2³−2))/48 = 22.125;
     * z = (|19 − 10.5| − 0.5)/√22.125 = 1.70078; p = 2Φ(−z) = 0.0889842.
     */
    @Test
    void tiedMagnitudesUseTheNormalApproximationWithTieAndContinuityCorrections() {
        assertEquals(0.08898415384687434, SignedRankTest.pValue(new double[] {1, 1, -1, 2, 3, 3}), 1e-12);
    }

    /**
     * 1 to 25, all positive: more than 20 differences, so the normal approximation. W+ = 325; mean
     * 162.5; variance 25·26·51/24 = 1381.25; z = (162.5 − 0.5)/√1381.25 = 4.35892; p = 2Φ(−z) = 1.30706e-5.
     */
    @Test
    void manyDifferencesUseTheNormalApproximation() {
        double[] differences = IntStream.rangeClosed(1, 25).asDoubleStream().toArray();
        assertEquals(1.3070605478013029e-05, SignedRankTest.pValue(differences), 1e-15);
    }

    /** +1, −1, +2, −2: W+ = 1.5 + 3.5 = 5, the mean; within the continuity correction, so p = 1. */
    @Test
    void balancedDifferencesGivePOne() {
        assertEquals(1, SignedRankTest.pValue(new double[] {1, -1, 2, -2}));
    }

    @Test
    void identicalSystemsGivePOne() {
        assertEquals(1, SignedRankTest.pValue(new double[1000]));
        assertEquals(1, SignedRankTest.pValue(new double[0]));
    }

    /** Two-sided: flipping every sign, that is swapping the systems, gives the same p. */
    @Test
    void swappingTheSystemsGivesTheSamePValue() {
        double[] differences = {0.3, -0.1, 0.2, 0.25, 0, 0.4, -0.05, 0.2, 0.15, 0.35, 0.5, 0.45, 0.6, 0.1, 0.55, 0.65,
            0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0};
        double[] swapped = java.util.Arrays.stream(differences).map(difference -> -difference).toArray();
        assertEquals(SignedRankTest.pValue(differences), SignedRankTest.pValue(swapped));
    }

    @Test
    void aDifferenceThatIsNotFiniteIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SignedRankTest.pValue(new double[] {0.1, Double.NaN}));
        assertEquals("differences must be finite, was NaN", error.getMessage());
    }
}

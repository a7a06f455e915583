package dev.nutshell.evaluation.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The difference of two systems: first minus second, with equal scores as zeros. */
class PairedDifferenceTest {
    private static final PairedBootstrap BOOTSTRAP = new PairedBootstrap(1000, 1);
    private static final PermutationTest TEST = new PermutationTest(1000, 1);

    /** Differences 0.1 to 0.5: mean 0.3; all positive, so 2 of the 32 sign assignments reach the sum: p = 2/32. */
    @Test
    void theDifferenceIsTheFirstSystemMinusTheSecond() {
        PairedDifference difference = PairedDifference.of(new double[] {0.6, 0.7, 0.8, 0.9, 1.0},
                new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, BOOTSTRAP, TEST);
        assertEquals(0.3, difference.mean(), 1e-12);
        assertEquals(0.0625, difference.pValue(), 1e-15);
        assertEquals(-0.3, PairedDifference.of(new double[] {0.5, 0.5, 0.5, 0.5, 0.5},
                new double[] {0.6, 0.7, 0.8, 0.9, 1.0}, BOOTSTRAP, TEST).mean(), 1e-12);
    }

    /**
     * 0.1 + 0.2 and 0.3 differ in their last bit, as one F-measure reached through two different
     * sums can: that is no difference, so p = 1 and the interval is [0, 0].
     */
    @Test
    void scoresEqualButForRoundingCountAsEqual() {
        PairedDifference difference = PairedDifference.of(new double[] {0.1 + 0.2, 0.5}, new double[] {0.3, 0.5}, BOOTSTRAP, TEST);
        assertEquals(new PairedDifference(0, 0, 0, 1), difference);
    }

    @Test
    void systemsWithDifferentNumbersOfDocumentsAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(new double[2], new double[3], BOOTSTRAP, TEST));
        assertEquals("both systems need a score for every document, had 2 and 3", error.getMessage());
    }

    @Test
    void scoresOutsideZeroToOneAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(new double[] {0.5}, new double[] {Double.NaN}, BOOTSTRAP, TEST));
        assertEquals("scores must be within [0, 1], was NaN", error.getMessage());
    }
}

package dev.nutshell.evaluation.significance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The paired bootstrap interval: its coverage on synthetic data, and its edge cases. */
class PairedBootstrapTest {

    /**
     * 2,000 synthetic comparisons of 60 documents each, differences normal with mean 0.5 and
     * standard deviation 2: a 95% interval should contain 0.5 in about 95% of them. The percentile
     * interval of a mean of 60 covers about 94.3% (it is a little narrow, as a z-interval with the
     * plug-in deviation is), and 2,000 trials put the count within ±36 (3.5 standard deviations)
     * of that, so 1,850 to 1,920 passes a correct interval and fails a 90% one (about 1,800) or a
     * 99% one (about 1,970). Work is bounded by counts: 2,000 × 1,000 resamples × 60 draws.
     */
    @Test
    void ninetyFivePercentIntervalsCoverTheTrueMeanNinetyFivePercentOfTheTime() {
        SplittableRandom data = new SplittableRandom(20240611);
        double trueMean = 0.5;
        int covered = 0;
        for (int trial = 0; trial < 2000; trial++) {
            double[] differences = new double[60];
            for (int i = 0; i < differences.length; i++) {
                differences[i] = trueMean + 2 * gaussian(data);
            }
            double[] interval = new PairedBootstrap(1000, trial).interval(differences);
            if (interval[0] <= trueMean && trueMean <= interval[1]) {
                covered++;
            }
        }
        assertTrue(covered >= 1850 && covered <= 1920, "covered " + covered + " of 2000");
    }

    /** Box–Muller: a standard normal value from two uniform ones. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void identicalSystemsGiveTheIntervalZeroToZero() {
        assertArrayEquals(new double[] {0, 0}, new PairedBootstrap(10_000, 1).interval(new double[500]));
    }

    /**
     * Two documents, differences 0 and 1: a resample's mean is 0, ½ or 1 with probabilities ¼, ½, ¼,
     * so with many resamples the 2.5th percentile is 0 and the 97.5th is 1.
     */
    @Test
    void twoDocumentsGiveTheIntervalOfTheirExtremes() {
        assertArrayEquals(new double[] {0, 1}, new PairedBootstrap(10_000, 7).interval(new double[] {0, 1}));
    }

    @Test
    void theSameSeedGivesTheSameIntervalAndAnotherSeedAnother() {
        double[] differences = {0.3, -0.1, 0.2, 0.25, 0, 0.4, -0.05, 0.2, 0.15, 0.35, -0.2, 0.1};
        double[] first = new PairedBootstrap(2000, 42).interval(differences);
        assertArrayEquals(first, new PairedBootstrap(2000, 42).interval(differences));
        assertTrue(first[0] < first[1]);
        double[] other = new PairedBootstrap(2000, 43).interval(differences);
        assertTrue(first[0] != other[0] || first[1] != other[1], "another seed draws other resamples");
    }

    @Test
    void badArgumentsAreRefused() {
        assertEquals("resamples must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new PairedBootstrap(0, 1)).getMessage());
        PairedBootstrap bootstrap = new PairedBootstrap(10, 1);
        assertEquals("differences must not be empty",
                assertThrows(IllegalArgumentException.class, () -> bootstrap.interval(new double[0])).getMessage());
        assertThrows(IllegalArgumentException.class, () -> bootstrap.interval(new double[] {1, Double.POSITIVE_INFINITY}));
    }
}

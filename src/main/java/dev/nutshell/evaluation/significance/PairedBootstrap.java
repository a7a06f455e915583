package dev.nutshell.evaluation.significance;

import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The 95% paired bootstrap interval of a mean difference (Efron and Tibshirani 1993, "An
 * Introduction to the Bootstrap", chapter 13, the percentile interval; for summarization
 * metrics, Koehn 2004, "Statistical Significance Tests for Machine Translation Evaluation"): the
 * documents are drawn with replacement, n of n, each draw keeping both systems' scores of a
 * document together, and the mean difference of each resample is kept; the interval runs from the
 * 2.5th to the 97.5th percentile of those means (linear interpolation between order statistics,
 * R's and NumPy's default, Commons Math's {@link Percentile.EstimationType#R_7}).
 *
 * <p>Seeded and reproducible: the draws come from a WELL19937c generator (Panneton, L'Ecuyer and
 * Matsumoto 2006) seeded with the given seed, so the same differences, resamples and seed give
 * the same interval on every machine, and differences of equal length share their draws.
 *
 * <p>Immutable and thread-safe. Cost: O(resamples × n) time, O(resamples) memory.
 *
 * @param resamples how many resamples, {@code >= 1}
 * @param seed the generator's seed
 */
public record PairedBootstrap(int resamples, long seed) {
    private static final double LOWER_PERCENT = 2.5;
    private static final double UPPER_PERCENT = 97.5;

    /**
     * @throws IllegalArgumentException if {@code resamples < 1}
     */
    public PairedBootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, was " + resamples);
        }
    }

    /**
     * @param differences each document's difference (first system minus second), not null, not
     *     empty, every value finite
     * @return the interval: {@code [low, high]}, {@code low <= high}; {@code [0, 0]} when every
     *     difference is 0
     * @throws NullPointerException if {@code differences} is null
     * @throws IllegalArgumentException if it is empty or holds a value that is not finite
     */
    public double[] interval(double[] differences) {
        Objects.requireNonNull(differences, "differences");
        int n = differences.length;
        if (n == 0) {
            throw new IllegalArgumentException("differences must not be empty");
        }
        for (double difference : differences) {
            if (!Double.isFinite(difference)) {
                throw new IllegalArgumentException("differences must be finite, was " + difference);
            }
        }
        RandomGenerator random = new Well19937c(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += differences[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(means);
        return new double[] {percentile.evaluate(LOWER_PERCENT), percentile.evaluate(UPPER_PERCENT)};
    }
}

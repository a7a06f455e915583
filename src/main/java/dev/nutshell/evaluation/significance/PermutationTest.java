package dev.nutshell.evaluation.significance;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The paired permutation test of a mean difference, two-sided (Fisher 1935, "The Design of
 * Experiments", section 21; in NLP evaluation "approximate randomization", Noreen 1989 and Riezler
 * and Maxwell 2005): if the two systems were interchangeable, each document's difference would be
 * as likely to have the other sign, so the p-value is the share of the 2<sup>n</sup> sign
 * assignments whose mean is at least as far from 0 as the observed one.
 *
 * <p>Documents with no difference change no assignment's sum and are left out of the count. With
 * at most {@value #EXACT_LIMIT} differing documents every assignment is enumerated and the p-value
 * is exact; with more, {@code resamples} assignments are drawn at random (each sign a fair coin
 * from a WELL19937c generator seeded with {@code seed}) and the p-value is
 * {@code (1 + hits) / (1 + resamples)}, which never understates it and is never 0 (Phipson and Smyth
 * 2010, "Permutation P-values Should Never Be Zero"). It tests the mean, the figure ROUGE reports,
 * so it agrees with the bootstrap interval of the mean; a rank test such as Wilcoxon's asks whether
 * the typical document differs, and disagrees with the mean when a few documents carry the difference.
 *
 * <p>Differences are integers (F-measures in units of 10<sup>−9</sup>, see {@link PairedDifference})
 * so that every sum is exact and "at least as far" means exactly that.
 *
 * <p>Immutable and thread-safe. Cost: O(2<sup>m</sup>) for m ≤ {@value #EXACT_LIMIT} differing
 * documents, else O(resamples × m).
 *
 * @param resamples how many random sign assignments when the test is not exact, {@code >= 1}
 * @param seed the generator's seed
 */
public record PermutationTest(int resamples, long seed) {
    /** The most differing documents for which every sign assignment is enumerated. */
    public static final int EXACT_LIMIT = 20;

    /**
     * @throws IllegalArgumentException if {@code resamples < 1}
     */
    public PermutationTest {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, was " + resamples);
        }
    }

    /**
     * @param differences each document's difference, not null; every value within ±2<sup>40</sup>
     *     so that no sum of a million of them overflows
     * @return the two-sided p-value, in (0, 1]; 1 when every difference is 0
     * @throws NullPointerException if {@code differences} is null
     * @throws IllegalArgumentException if a difference is out of range
     */
    public double pValue(long[] differences) {
        Objects.requireNonNull(differences, "differences");
        long[] nonzero = Arrays.stream(differences).filter(difference -> difference != 0).toArray();
        long observed = 0;
        for (long difference : nonzero) {
            if (Math.abs(difference) > 1L << 40) {
                throw new IllegalArgumentException("differences must be within ±2^40, was " + difference);
            }
            observed += difference;
        }
        if (nonzero.length == 0) {
            return 1;
        }
        return nonzero.length <= EXACT_LIMIT ? exact(nonzero, Math.abs(observed)) : sampled(nonzero, Math.abs(observed));
    }

    /**
     * Every assignment, in Gray-code order: each differs from the one before in one sign, so its
     * sum is one step away.
     */
    private static double exact(long[] nonzero, long observed) {
        long sum = 0;
        for (long difference : nonzero) {
            sum += difference;
        }
        long assignments = 1L << nonzero.length;
        long hits = 0;
        for (long step = 0; step < assignments; step++) {
            if (step > 0) {
                int flipped = Long.numberOfTrailingZeros(step);
                boolean nowNegative = ((step ^ (step >> 1)) >> flipped & 1) == 1;
                sum += nowNegative ? -2 * nonzero[flipped] : 2 * nonzero[flipped];
            }
            if (Math.abs(sum) >= observed) {
                hits++;
            }
        }
        return (double) hits / assignments;
    }

    private double sampled(long[] nonzero, long observed) {
        RandomGenerator random = new Well19937c(seed);
        long hits = 0;
        for (int r = 0; r < resamples; r++) {
            long sum = 0;
            int bits = 0;
            for (int i = 0; i < nonzero.length; i++) {
                if (i % 32 == 0) {
                    bits = random.nextInt();
                }
                sum += (bits >>> (i % 32) & 1) == 1 ? nonzero[i] : -nonzero[i];
            }
            if (Math.abs(sum) >= observed) {
                hits++;
            }
        }
        return (1.0 + hits) / (1.0 + resamples);
    }
}

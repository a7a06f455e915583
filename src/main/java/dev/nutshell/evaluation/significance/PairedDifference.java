package dev.nutshell.evaluation.significance;

import java.util.Objects;

/**
 * How much better the first of two systems scored than the second on the same documents: the mean
 * of the per-document differences, its 95% paired bootstrap interval ({@link PairedBootstrap}) and
 * the two-sided p-value of the paired permutation test ({@link PermutationTest}).
 *
 * <p>Scores are fractions in [0, 1], as ROUGE gives them. Each document's difference is rounded to
 * nine decimals first: the same F-measure reached through different counts can differ in its last
 * bits, and such a difference must count as none, not as evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mean the mean difference, first minus second
 * @param lower the interval's lower end
 * @param upper the interval's upper end, {@code >= lower}
 * @param pValue the two-sided p-value, in (0, 1]; 1 when the systems score the same on every document
 */
public record PairedDifference(double mean, double lower, double upper, double pValue) {
    private static final double SCALE = 1e9;

    /**
     * @param first each document's score under the first system, not null, each in [0, 1]
     * @param second each document's score under the second system, in the same order, not null, each in [0, 1]
     * @param bootstrap how to resample for the interval, not null
     * @param test how to test, not null
     * @return the difference of {@code first} minus {@code second}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the arrays are empty or differ in length, or a score is
     *     outside [0, 1]
     */
    public static PairedDifference of(double[] first, double[] second, PairedBootstrap bootstrap, PermutationTest test) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(test, "test");
        if (first.length != second.length) {
            throw new IllegalArgumentException("both systems need a score for every document, had "
                    + first.length + " and " + second.length);
        }
        long[] scaled = new long[first.length];
        double[] differences = new double[first.length];
        long sum = 0;
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = Math.round((fraction(first[i]) - fraction(second[i])) * SCALE);
            differences[i] = scaled[i] / SCALE;
            sum += scaled[i];
        }
        double[] interval = bootstrap.interval(differences);
        return new PairedDifference(sum / SCALE / scaled.length, interval[0], interval[1], test.pValue(scaled));
    }

    private static double fraction(double score) {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("scores must be within [0, 1], was " + score);
        }
        return score;
    }
}

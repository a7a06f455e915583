package dev.nutshell.evaluation.significance;

import java.util.Objects;

/**
 * How much better the first of two systems scored than the second on the same documents: the mean
 * of the per-document differences, its 95% paired bootstrap interval ({@link PairedBootstrap}) and
 * the two-sided p-value of the Wilcoxon signed-rank test ({@link SignedRankTest}).
 *
 * <p>Scores are fractions in [0, 1], as ROUGE gives them. Each document's difference is rounded to
 * nine decimals first: the same F-measure reached through different counts can differ in its last
 * bits, and such a difference must count as a zero (and equal ones as ties), not as evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mean the mean difference, first minus second
 * @param lower the interval's lower end, {@code <= mean} unless resampling noise says otherwise
 * @param upper the interval's upper end, {@code >= lower}
 * @param pValue the two-sided p-value, in [0, 1]; 1 when the systems score the same on every document
 */
public record PairedDifference(double mean, double lower, double upper, double pValue) {
    private static final double SCALE = 1e9;

    /**
     * @param first each document's score under the first system, not null
     * @param second each document's score under the second system, in the same order, not null
     * @param bootstrap how to resample for the interval, not null
     * @return the difference of {@code first} minus {@code second}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the arrays are empty, differ in length, or hold a value
     *     that is not finite
     */
    public static PairedDifference of(double[] first, double[] second, PairedBootstrap bootstrap) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(bootstrap, "bootstrap");
        if (first.length != second.length) {
            throw new IllegalArgumentException("both systems need a score for every document, had "
                    + first.length + " and " + second.length);
        }
        double[] differences = new double[first.length];
        double sum = 0;
        for (int i = 0; i < differences.length; i++) {
            // + 0.0 turns a rounded -0.0 into 0.0, which prints without a sign.
            differences[i] = Math.rint((first[i] - second[i]) * SCALE) / SCALE + 0.0;
            sum += differences[i];
        }
        double[] interval = bootstrap.interval(differences);
        return new PairedDifference(sum / differences.length, interval[0], interval[1],
                SignedRankTest.pValue(differences));
    }
}

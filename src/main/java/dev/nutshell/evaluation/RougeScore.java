package dev.nutshell.evaluation;

/**
 * Precision, recall and F-measure of one ROUGE variant for one candidate summary, as fractions
 * from 0 to 1 (multiply by 100 for the percentages papers print).
 *
 * <p>ROUGE-1.5.5 prints these per evaluation with {@code -d}, rounded to five decimals; the values
 * here are not rounded, so they may differ from its output by at most 0.000005 (plus, for the
 * F-measure, the effect of that rounding on its inputs).
 *
 * <p>Immutable and thread-safe.
 *
 * @param precision the matched share of the candidate's units (n-grams, or tokens for ROUGE-L), from 0 to 1
 * @param recall the matched share of the reference's units, from 0 to 1
 * @param f1 the F-measure, from 0 to 1: for one document the weighted harmonic mean
 *     {@code P·R / ((1-α)·P + α·R)} with α = 0.5, that is {@code 2·P·R / (P + R)}, 0 when both are
 *     0; for an average over documents, the mean of their F values (as ROUGE-1.5.5 reports it)
 * @since 0.1.0
 */
public record RougeScore(double precision, double recall, double f1) {
    private static final RougeScore ZERO = new RougeScore(0, 0, 0);

    /**
     * @param precision from 0 to 1
     * @param recall from 0 to 1
     * @param f1 from 0 to 1; not checked against the other two, so that averages and interval
     *     bounds, whose F is not the F of their P and R, fit this type too
     * @throws IllegalArgumentException if a component is NaN or outside [0, 1]
     */
    public RougeScore {
        check("precision", precision);
        check("recall", recall);
        check("f1", f1);
    }

    /** @return the score with all three components 0 */
    public static RougeScore zero() {
        return ZERO;
    }

    /**
     * The score ROUGE-1.5.5 computes from match counts ({@code computeNGramScore} and
     * {@code computeLCSScore}): recall is {@code hits / referenceCount}, precision
     * {@code hits / candidateCount}, each 0 when its denominator is 0, and F with α = 0.5.
     *
     * @param hits the clipped number of matches, {@code >= 0}
     * @param candidateCount the number of units in the candidate, {@code >= hits} unless 0
     * @param referenceCount the number of units in the reference, {@code >= hits} unless 0
     * @return the score
     * @throws IllegalArgumentException if a count is negative or below {@code hits} while not 0
     */
    public static RougeScore fromCounts(long hits, long candidateCount, long referenceCount) {
        if (hits < 0 || candidateCount < 0 || referenceCount < 0
                || (candidateCount > 0 && hits > candidateCount) || (referenceCount > 0 && hits > referenceCount)) {
            throw new IllegalArgumentException("inconsistent counts: hits " + hits + ", candidate " + candidateCount
                    + ", reference " + referenceCount);
        }
        double precision = candidateCount == 0 ? 0 : (double) hits / candidateCount;
        double recall = referenceCount == 0 ? 0 : (double) hits / referenceCount;
        return new RougeScore(precision, recall, fMeasure(precision, recall));
    }

    /**
     * The F-measure as ROUGE-1.5.5 computes it with its default α = 0.5:
     * {@code P·R / ((1-α)·P + α·R)}, or 0 when that denominator is 0.
     */
    static double fMeasure(double precision, double recall) {
        double alpha = 0.5;
        double denominator = (1 - alpha) * precision + alpha * recall;
        return denominator > 0 ? precision * recall / denominator : 0;
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be within [0, 1], was " + value);
        }
    }
}

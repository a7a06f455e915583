package dev.nutshell.internal;

/**
 * TextRank's weight of one shared term between a sentence of a terms and one of b terms,
 * {@code 1 / (ln a + ln b)} (Mihalcea and Tarau 2004, section 4.1, equation 3), or 1 where
 * {@code a = b = 1}, over the distinct lengths (the <em>length classes</em>) of one article: exactly,
 * and as the separable approximation {@code Σ_k w_k a^(−τ_k) b^(−τ_k)} of {@link ExponentialSum}.
 *
 * <p>The exact weights come from a table built once when there are at most {@link #TABLE_CLASSES}
 * classes (at most 8 MB), else they are computed when asked, by the same expression, so they are the
 * same bits either way. The separable factors take {@code classes × }{@link ExponentialSum#terms()}
 * doubles. Construction costs O(classes × (min(classes, TABLE_CLASSES) + K)).
 *
 * <p>Immutable after construction; callers read the arrays directly in their inner loops.
 */
final class LengthKernel {
    /** Up to this many length classes the exact weights are tabled. */
    static final int TABLE_CLASSES = 1024;

    final int classes;
    /** Per class, ln of its length. */
    final double[] logLength;
    /** {@code table[a * classes + b]}: the exact weight, or null beyond {@link #TABLE_CLASSES} classes. */
    final double[] table;
    /** {@code factor[a * K + k] = a^(−τ_k)}, K = {@link ExponentialSum#terms()}. */
    final double[] factor;
    /** {@code weightedFactor[a * K + k] = w_k × a^(−τ_k)}. */
    final double[] weightedFactor;
    /** Per class a, the exact weight of (a, a) minus its separable approximation. */
    final double[] diagonalCorrection;

    /** @param distinctLengths the distinct positive lengths, ascending: class c has length {@code distinctLengths[c]} */
    LengthKernel(int[] distinctLengths) {
        this.classes = distinctLengths.length;
        this.logLength = new double[classes];
        for (int c = 0; c < classes; c++) {
            logLength[c] = StrictMath.log(distinctLengths[c]);
        }
        this.table = classes <= TABLE_CLASSES ? table(logLength) : null;
        int terms = ExponentialSum.terms();
        this.factor = new double[classes * terms];
        this.weightedFactor = new double[classes * terms];
        this.diagonalCorrection = new double[classes];
        for (int c = 0; c < classes; c++) {
            for (int k = 0; k < terms; k++) {
                factor[c * terms + k] = StrictMath.exp(-ExponentialSum.rate(k) * logLength[c]);
                weightedFactor[c * terms + k] = ExponentialSum.weight(k) * factor[c * terms + k];
            }
            diagonalCorrection[c] = coefficient(c, c) - separable(c, c);
        }
    }

    private static double[] table(double[] logLength) {
        int classes = logLength.length;
        double[] table = new double[classes * classes];
        for (int a = 0; a < classes; a++) {
            for (int b = 0; b < classes; b++) {
                table[a * classes + b] = exact(logLength[a], logLength[b]);
            }
        }
        return table;
    }

    /** The exact weight from the two logarithms: {@code 1 / (ln a + ln b)}, or 1 when both are 0. */
    static double exact(double logA, double logB) {
        double denominator = logA + logB;
        return denominator > 0 ? 1 / denominator : 1;
    }

    /** @return the exact weight between classes a and b */
    double coefficient(int a, int b) {
        return table != null ? table[a * classes + b] : exact(logLength[a], logLength[b]);
    }

    /** @return the separable approximation of the weight between classes a and b, without the diagonal correction */
    double separable(int a, int b) {
        int terms = ExponentialSum.terms();
        double sum = 0;
        for (int k = 0; k < terms; k++) {
            sum += weightedFactor[a * terms + k] * factor[b * terms + k];
        }
        return sum;
    }
}

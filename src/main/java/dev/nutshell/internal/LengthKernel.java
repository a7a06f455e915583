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
 * doubles and are computed on first use. Construction costs O(classes × min(classes, TABLE_CLASSES)),
 * the separable factors O(classes × K) more.
 *
 * <p>Not thread-safe (the separable factors are made on first use); callers read the arrays
 * directly in their inner loops.
 */
final class LengthKernel {
    /** Up to this many length classes the exact weights are tabled. */
    static final int TABLE_CLASSES = 1024;
    /** {@code StrictMath.log(n)} for n below 1,024. */
    private static final double[] SMALL_LOGARITHMS = new double[1024];

    static {
        for (int n = 0; n < SMALL_LOGARITHMS.length; n++) {
            SMALL_LOGARITHMS[n] = StrictMath.log(n);
        }
    }

    final int classes;
    /** Per class, ln of its length. */
    final double[] logLength;
    /** {@code table[a * classes + b]}: the exact weight, or null beyond {@link #TABLE_CLASSES} classes. */
    final double[] table;
    /** The separable kernel's factors, made on first use: see {@link #separableFactors()}. */
    private SeparableFactors separableFactors;

    /** @param distinctLengths the distinct positive lengths, ascending: class c has length {@code distinctLengths[c]} */
    LengthKernel(int[] distinctLengths) {
        this.classes = distinctLengths.length;
        this.logLength = new double[classes];
        for (int c = 0; c < classes; c++) {
            logLength[c] = log(distinctLengths[c]);
        }
        this.table = classes <= TABLE_CLASSES ? table(logLength) : null;
    }

    /** {@code StrictMath.log(length)}, from a table for the lengths of ordinary sentences: the same bits, without a native call per class and graph. */
    static double log(int length) {
        return length < SMALL_LOGARITHMS.length ? SMALL_LOGARITHMS[length] : StrictMath.log(length);
    }

    /**
     * The factors of the separable approximation, computed on the first call: only a term shared by
     * sentences of more than 64 distinct lengths needs them, and ordinary prose has none, while
     * computing them costs K exponentials per length class.
     */
    SeparableFactors separableFactors() {
        if (separableFactors == null) {
            separableFactors = new SeparableFactors(this);
        }
        return separableFactors;
    }

    /** The factors of the separable approximation {@code Σ_k w_k a^(−τ_k) b^(−τ_k)} for every class. */
    static final class SeparableFactors {
        /** {@code factor[a * K + k] = a^(−τ_k)}, K = {@link ExponentialSum#terms()}. */
        final double[] factor;
        /** {@code weightedFactor[a * K + k] = w_k × a^(−τ_k)}. */
        final double[] weightedFactor;
        /** Per class a, the exact weight of (a, a) minus its separable approximation. */
        final double[] diagonalCorrection;

        private SeparableFactors(LengthKernel kernel) {
            int classes = kernel.classes;
            int terms = ExponentialSum.terms();
            this.factor = new double[classes * terms];
            this.weightedFactor = new double[classes * terms];
            this.diagonalCorrection = new double[classes];
            for (int c = 0; c < classes; c++) {
                for (int k = 0; k < terms; k++) {
                    factor[c * terms + k] = StrictMath.exp(-ExponentialSum.rate(k) * kernel.logLength[c]);
                    weightedFactor[c * terms + k] = ExponentialSum.weight(k) * factor[c * terms + k];
                }
                diagonalCorrection[c] = kernel.coefficient(c, c) - separable(c, c);
            }
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
}

package dev.nutshell.internal;

/**
 * A sum of K = 15 exponentials that approximates {@code 1 / s} for {@code ln 2 <= s <= 62 ln 2}
 * with a relative error below {@link #RELATIVE_ERROR} (3.2 × 10⁻¹¹):
 * {@code 1 / s ≈ Σ_k w_k exp(−τ_k s)}, all {@code w_k, τ_k > 0}.
 *
 * <p>Such sums make a kernel {@code 1 / (u + v)} separable (Beylkin and Monzón 2005, "On
 * approximation of functions by exponential sums", section 1; Braess and Hackbusch 2005,
 * "Approximation of 1/x by exponential sums in [1, ∞)"): {@code exp(−τ (u + v)) = exp(−τ u) ×
 * exp(−τ v)}, so that a product with the matrix {@code 1 / (ln a + ln b)} over C lengths costs K
 * passes of O(C) instead of C². The range covers every sum of two logarithms of int lengths of at
 * least one term but (1, 1): {@code ln 2 <= ln a + ln b < 62 ln 2} for {@code 1 <= a, b <= 2³¹ − 1}.
 *
 * <p>The nodes and weights are the best approximation of {@code 1 / x} on {@code [1, 62]} in
 * relative error, computed by {@code src/test/scripts/fit_exponential_sum.py} (least squares, then a Remez
 * exchange to equioscillation at 31 points; its largest error there is 3.128 × 10⁻¹¹), and scaled
 * here by ln 2: {@code τ_k = t_k / ln 2}, {@code w_k = ω_k / ln 2}. The error decreases about
 * sixfold per added term (K = 13: 1.0 × 10⁻⁹). {@code ExponentialSumTest} checks the bound on a fine
 * grid of the whole range and on pairs of lengths up to 2³¹ − 1.
 *
 * <p>Constants only; thread-safe.
 */
final class ExponentialSum {
    /** The largest relative error over the range, with a margin for rounding in double precision. */
    static final double RELATIVE_ERROR = 3.2e-11;
    /** The smallest s covered: ln 2, the least {@code ln a + ln b} other than 0. */
    static final double SMALLEST = StrictMath.log(2);
    /** The largest s covered: 62 ln 2 = ln 2⁶² > 2 ln(2³¹ − 1). */
    static final double LARGEST = 62 * SMALLEST;

    /** {@code {t_k, ω_k}}: the best approximation {@code 1 / x ≈ Σ ω_k exp(−t_k x)} on [1, 62]. */
    private static final double[][] UNIT_RANGE = {
        {0.0051767503560347953, 0.013328166897536497},
        {0.027659495756938164, 0.031906911337260938},
        {0.069762565672427418, 0.052825401890619392},
        {0.13471959575633427, 0.07800395214604576},
        {0.22814481693624866, 0.11035564799745066},
        {0.35927176944795075, 0.15429868673087746},
        {0.54273657151488508, 0.21631273552014194},
        {0.8009341367013626, 0.30555687376918084},
        {1.1671501892864045, 0.43488244428947898},
        {1.6901259351919753, 0.62278814232535451},
        {2.4413731957163174, 0.8971725919611141},
        {3.5280057966590777, 1.3032930245143786},
        {5.11871076909022, 1.9247011661726201},
        {7.5106269558932119, 2.9575268191950759},
        {11.390532286942321, 5.1543002553466941},
    };
    private static final double[] RATE = new double[UNIT_RANGE.length];
    private static final double[] WEIGHT = new double[UNIT_RANGE.length];

    static {
        for (int k = 0; k < UNIT_RANGE.length; k++) {
            RATE[k] = UNIT_RANGE[k][0] / SMALLEST;
            WEIGHT[k] = UNIT_RANGE[k][1] / SMALLEST;
        }
    }

    private ExponentialSum() {
    }

    /** @return K, the number of exponentials */
    static int terms() {
        return RATE.length;
    }

    /** @return τ_k, k in [0, K) */
    static double rate(int k) {
        return RATE[k];
    }

    /** @return w_k, k in [0, K) */
    static double weight(int k) {
        return WEIGHT[k];
    }

    /** @return {@code Σ_k w_k exp(−τ_k s)}, within {@link #RELATIVE_ERROR} of {@code 1 / s} on [{@link #SMALLEST}, {@link #LARGEST}] */
    static double approximate(double s) {
        double sum = 0;
        for (int k = 0; k < RATE.length; k++) {
            sum += WEIGHT[k] * StrictMath.exp(-RATE[k] * s);
        }
        return sum;
    }
}

package dev.nutshell.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code 1 / s ≈ Σ_k w_k exp(−τ_k s)} on {@code [ln 2, 62 ln 2]}: the relative error stays within
 * the documented bound everywhere on the range, which covers {@code ln a + ln b} for all int lengths.
 */
class ExponentialSumTest {

    /** A million points spaced evenly in ln s, where the error of the best approximation oscillates evenly. */
    @Test
    void theRelativeErrorStaysWithinTheBoundOverTheWholeRange() {
        double worst = 0;
        int points = 1_000_000;
        double logFrom = Math.log(ExponentialSum.SMALLEST);
        double logTo = Math.log(ExponentialSum.LARGEST);
        for (int p = 0; p <= points; p++) {
            double s = Math.exp(logFrom + (logTo - logFrom) * p / points);
            worst = Math.max(worst, Math.abs(s * ExponentialSum.approximate(s) - 1));
        }
        assertTrue(worst <= ExponentialSum.RELATIVE_ERROR, "largest relative error " + worst);
        assertTrue(worst > ExponentialSum.RELATIVE_ERROR / 2, "the bound is not loose: " + worst);
        assertTrue(ExponentialSum.RELATIVE_ERROR <= 1e-10);
    }

    @Test
    void theRangeCoversEveryNonZeroSumOfTwoLogarithmsOfIntLengths() {
        assertTrue(ExponentialSum.SMALLEST <= Math.log(1) + Math.log(2));
        assertTrue(ExponentialSum.LARGEST >= 2 * Math.log(Integer.MAX_VALUE));
    }

    /** Positive weights and rates: the approximated products add positive terms only, without cancellation. */
    @Test
    void everyWeightAndRateIsPositive() {
        for (int k = 0; k < ExponentialSum.terms(); k++) {
            assertTrue(ExponentialSum.weight(k) > 0 && ExponentialSum.rate(k) > 0, "term " + k);
        }
    }
}

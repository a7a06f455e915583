package dev.nutshell.evaluation.significance;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The Wilcoxon signed-rank test of paired differences (Wilcoxon 1945, "Individual comparisons by
 * ranking methods"), two-sided: how likely differences at least this one-sided are if each
 * difference is as likely positive as negative.
 *
 * <p>As Wilcoxon proposed and as most implementations do by default, zero differences (documents
 * on which both systems score the same) are dropped; the n that remain are ranked by magnitude,
 * ties getting their average rank, and W+ is the sum of the ranks of the positive ones. Then:
 * <ul>
 * <li>n = 0: p = 1, there is no evidence either way;</li>
 * <li>n ≤ {@value #EXACT_LIMIT} and no tied magnitudes: the exact p-value of Commons Math's
 * {@link WilcoxonSignedRankTest} (all 2<sup>n</sup> sign assignments), capped at 1;</li>
 * <li>otherwise the normal approximation: mean n(n+1)/4, variance n(n+1)(2n+1)/24 − Σ(t³ − t)/48
 * over groups of t tied magnitudes, and a continuity correction of ½ towards the mean, so
 * p = 2Φ(−max(0, |W+ − mean| − ½) / sd) (Lehmann 1975, "Nonparametrics", section 3.2).</li>
 * </ul>
 * Commons Math's own approximation is not used because, in 3.6.1, it counts zero differences into
 * W−, moves the continuity correction away from the mean, and has no tie correction: identical
 * systems would get p = 2, and ROUGE differences are full of ties and zeros.
 *
 * <p>Stateless and thread-safe. Cost: O(n log n), plus O(2<sup>n</sup>·n) for the exact p-value
 * (at most 2<sup>20</sup>·20 steps).
 */
public final class SignedRankTest {
    /** The most nonzero differences for which the exact p-value is computed. */
    public static final int EXACT_LIMIT = 20;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private SignedRankTest() {
    }

    /**
     * @param differences the paired differences, one per document (first system minus second);
     *     not null, every value finite; may be empty
     * @return the two-sided p-value, in [0, 1] (0 only when it is below the smallest positive
     *     double); 1 when every difference is 0
     * @throws NullPointerException if {@code differences} is null
     * @throws IllegalArgumentException if a difference is NaN or infinite
     */
    public static double pValue(double[] differences) {
        Objects.requireNonNull(differences, "differences");
        double[] nonzero = Arrays.stream(differences).filter(difference -> difference != 0).toArray();
        for (double difference : nonzero) {
            if (!Double.isFinite(difference)) {
                throw new IllegalArgumentException("differences must be finite, was " + difference);
            }
        }
        int n = nonzero.length;
        if (n == 0) {
            return 1;
        }
        double[] magnitudes = Arrays.stream(nonzero).map(Math::abs).toArray();
        double tieSum = tieSum(magnitudes);
        if (n <= EXACT_LIMIT && tieSum == 0) {
            // Commons Math takes y − x; against zeros those are the differences, negated, which the
            // two-sided test does not see.
            double exact = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(nonzero, new double[n], true);
            return Math.min(1, exact);
        }
        return approximate(positiveRankSum(nonzero, magnitudes), n, tieSum);
    }

    /** W+: the sum of the ranks of the positive differences, ties averaged. */
    static double positiveRankSum(double[] nonzero, double[] magnitudes) {
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(magnitudes);
        double sum = 0;
        for (int i = 0; i < nonzero.length; i++) {
            if (nonzero[i] > 0) {
                sum += ranks[i];
            }
        }
        return sum;
    }

    /** Σ(t³ − t) over the groups of t equal magnitudes; 0 without ties. */
    private static double tieSum(double[] magnitudes) {
        double[] sorted = magnitudes.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                double t = i - start;
                sum += t * t * t - t;
                start = i;
            }
        }
        return sum;
    }

    private static double approximate(double positiveRankSum, int n, double tieSum) {
        double mean = n * (n + 1.0) / 4;
        double variance = n * (n + 1.0) * (2.0 * n + 1) / 24 - tieSum / 48;
        double distance = Math.max(0, Math.abs(positiveRankSum - mean) - 0.5);
        return Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-distance / Math.sqrt(variance)));
    }
}

package dev.nutshell.evaluation;

import java.util.Objects;
import java.util.stream.Collector;

/**
 * The average of per-document ROUGE scores over a set of documents, as ROUGE-1.5.5 reports it with
 * {@code -a} and without {@code -t}: precision, recall and F-measure are each averaged over the
 * documents ({@code computeAverages}), so the average F is the mean of the per-document F values,
 * not the F of the mean precision and recall.
 *
 * <p>The Perl prints as "Average" the mean of its 1,000 bootstrap resamples ({@code -r 1000}), not
 * the plain mean; the two differ by resampling noise only (a few hundredths of a percentage point
 * for a thousand documents). This class gives the plain mean, which is what the resampled one
 * estimates and which does not depend on the order of the documents; {@link RougeBootstrap}
 * replays the Perl's resampling to give its printed figures and 95% intervals exactly.
 *
 * <p>Immutable and thread-safe: {@link #plus} returns a new average, so it folds over a stream,
 * including a parallel one through {@link #collector()}. Each operation is O(1).
 *
 * @since 0.1.0
 */
public final class RougeAverage {
    private static final RougeAverage EMPTY = new RougeAverage(0, new double[9]);

    private final long count;
    /** Sums of rouge1 P, R, F, rouge2 P, R, F, rougeL P, R, F. */
    private final double[] sums;

    private RougeAverage(long count, double[] sums) {
        this.count = count;
        this.sums = sums;
    }

    /** @return the average of no document */
    public static RougeAverage empty() {
        return EMPTY;
    }

    /**
     * @return a collector that averages a stream of per-document scores
     */
    public static Collector<RougeScores, ?, RougeAverage> collector() {
        return Collector.of(() -> new RougeAverage[] {EMPTY},
                (box, scores) -> box[0] = box[0].plus(scores),
                (left, right) -> {
                    left[0] = left[0].plus(right[0]);
                    return left;
                },
                box -> box[0]);
    }

    /**
     * @param scores one more document's scores, not null
     * @return the average including that document
     * @throws NullPointerException if {@code scores} is null
     */
    public RougeAverage plus(RougeScores scores) {
        Objects.requireNonNull(scores, "scores");
        double[] next = sums.clone();
        add(next, 0, scores.rouge1());
        add(next, 3, scores.rouge2());
        add(next, 6, scores.rougeL());
        return new RougeAverage(count + 1, next);
    }

    /**
     * @param other the average of other documents, not null
     * @return the average over the documents of both
     * @throws NullPointerException if {@code other} is null
     */
    public RougeAverage plus(RougeAverage other) {
        Objects.requireNonNull(other, "other");
        double[] next = sums.clone();
        for (int i = 0; i < next.length; i++) {
            next[i] += other.sums[i];
        }
        return new RougeAverage(count + other.count, next);
    }

    /** @return the number of documents averaged */
    public long count() {
        return count;
    }

    /**
     * @return the mean precision, recall and F-measure of each variant, as fractions; all 0 when no
     *     document was added (the Perl's value for an empty evaluation)
     */
    public RougeScores mean() {
        if (count == 0) {
            return RougeScores.zero();
        }
        return new RougeScores(mean(0), mean(3), mean(6));
    }

    private RougeScore mean(int offset) {
        return new RougeScore(clamp(sums[offset] / count), clamp(sums[offset + 1] / count),
                clamp(sums[offset + 2] / count));
    }

    /** A mean of values in [0, 1] can leave it by a rounding error only. */
    private static double clamp(double value) {
        return Math.min(1, Math.max(0, value));
    }

    private static void add(double[] sums, int offset, RougeScore score) {
        sums[offset] += score.precision();
        sums[offset + 1] += score.recall();
        sums[offset + 2] += score.f1();
    }

    @Override
    public String toString() {
        return "RougeAverage[count=" + count + ", mean=" + mean() + "]";
    }
}

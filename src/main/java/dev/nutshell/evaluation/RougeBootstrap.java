package dev.nutshell.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures ROUGE-1.5.5 prints for a set of documents ({@code -a -c 95 -r 1000}, no {@code -t}),
 * reproduced digit for digit: the "Average" of each measure and its 95% confidence interval.
 *
 * <p>What the Perl does ({@code computeAverages}, {@code bootstrapResampling}): each document's
 * recall and precision are rounded to five decimals and its F-measure is computed from those and
 * rounded too. The documents ("instances") are sorted by their keys, {@code "<eval ID>.<peer ID>"},
 * as strings. For each resample {@code i} from 0 to 999, {@code srand(i)} seeds Perl's
 * {@code rand} (drand48: 48-bit linear congruential, state {@code 0x330E + (seed << 16)}), and
 * {@code n} documents are drawn with replacement by {@code int(rand(n))}; the resample's mean is
 * kept. The printed "Average" is the mean of the 1,000 resample means, not the plain mean (they
 * differ by a few hundredths of a percentage point on a thousand documents); the interval is read
 * off the sorted resample means at ranks 25 and 974. All values are rounded to five decimals.
 * The same seeds serve every measure, so one set of draws is shared here.
 *
 * <p>Because the draws pick documents by rank, the order matters: pass the documents in the order
 * of the Perl's sorted keys, or use {@link #ofEvaluations} with the evaluation IDs the ROUGE
 * configuration would have. For the plain mean, which does not depend on order, use
 * {@link RougeAverage}.
 *
 * <p>Immutable and thread-safe. Cost: computed once, on construction, in O(1000·n) time and O(n)
 * memory for n documents.
 *
 * @since 0.1.0
 */
public final class RougeBootstrap {
    private static final int RESAMPLES = 1000;
    private static final double CONFIDENCE = 95;
    private static final int MEASURES = 9;

    private final int count;
    private final RougeScores average;
    private final RougeScores lowerBound;
    private final RougeScores upperBound;

    private RougeBootstrap(List<RougeScores> documents) {
        count = documents.size();
        double[][] values = new double[count][];
        for (int d = 0; d < count; d++) {
            values[d] = roundedMeasures(documents.get(d));
        }
        double[][] means = new double[MEASURES][RESAMPLES];
        Drand48 random = new Drand48();
        for (int r = 0; r < RESAMPLES; r++) {
            random.seed(r);
            double[] sums = new double[MEASURES];
            for (int i = 0; i < count; i++) {
                double[] drawn = values[(int) (random.next() * count)];
                for (int k = 0; k < MEASURES; k++) {
                    sums[k] += drawn[k];
                }
            }
            for (int k = 0; k < MEASURES; k++) {
                means[k][r] = count > 0 ? sums[k] / count : 0;
            }
        }
        double[] averages = new double[MEASURES];
        double[] lower = new double[MEASURES];
        double[] upper = new double[MEASURES];
        double delta = RESAMPLES * ((100 - CONFIDENCE) / 2.0) / 100.0;
        int upperIndex = (int) (RESAMPLES - delta - 1);
        int lowerIndex = (int) delta;
        double ratio = RESAMPLES - delta - 1 - upperIndex;
        for (int k = 0; k < MEASURES; k++) {
            double[] sorted = means[k];
            Arrays.sort(sorted);
            double sum = 0;
            for (double mean : sorted) {
                sum += mean;
            }
            averages[k] = round5(sum / RESAMPLES);
            lower[k] = round5(sorted[lowerIndex] + (sorted[lowerIndex + 1] - sorted[lowerIndex]) * ratio);
            upper[k] = round5(sorted[upperIndex] + (sorted[upperIndex + 1] - sorted[upperIndex]) * ratio);
        }
        average = toScores(averages);
        lowerBound = toScores(lower);
        upperBound = toScores(upper);
    }

    /**
     * @param documents per-document scores in the order of ROUGE-1.5.5's sorted instance keys; not
     *     null, no null element; may be empty (every figure is then 0)
     * @return the bootstrap figures
     * @throws NullPointerException if the list or an element is null
     */
    public static RougeBootstrap of(List<RougeScores> documents) {
        return new RougeBootstrap(List.copyOf(documents));
    }

    /**
     * Orders the documents as ROUGE-1.5.5 does, by its instance keys {@code "<eval ID>.<peer ID>"}
     * under Perl's string {@code sort}, and computes the figures. With one system the peer ID is the
     * same for every key, so the order is that of {@code evalId + "."} compared character by
     * character, which is what this method uses (exact unless one ID is another followed by a dot
     * and more). For example, IDs "1" to "1000" sort as "1", "10", "100", "1000", "101", ...
     *
     * @param documents per-document scores by evaluation ID (ASCII IDs, as ROUGE's XML configuration
     *     carries them); not null, no null key or value
     * @return the bootstrap figures
     * @throws NullPointerException if the map, a key or a value is null
     */
    public static RougeBootstrap ofEvaluations(Map<String, RougeScores> documents) {
        Objects.requireNonNull(documents, "documents");
        List<Map.Entry<String, RougeScores>> entries = new ArrayList<>(documents.entrySet());
        for (Map.Entry<String, RougeScores> entry : entries) {
            Objects.requireNonNull(entry.getKey(), "evaluation ID");
            Objects.requireNonNull(entry.getValue(), "scores");
        }
        entries.sort((a, b) -> (a.getKey() + ".").compareTo(b.getKey() + "."));
        List<RougeScores> ordered = new ArrayList<>(entries.size());
        for (Map.Entry<String, RougeScores> entry : entries) {
            ordered.add(entry.getValue());
        }
        return new RougeBootstrap(ordered);
    }

    /** @return the number of documents */
    public int count() {
        return count;
    }

    /** @return the printed "Average_P/R/F" of ROUGE-1, ROUGE-2 and ROUGE-L (mean of resample means), fractions rounded to five decimals */
    public RougeScores average() {
        return average;
    }

    /** @return the lower ends of the 95% confidence intervals, fractions rounded to five decimals */
    public RougeScores lowerBound() {
        return lowerBound;
    }

    /** @return the upper ends of the 95% confidence intervals, fractions rounded to five decimals */
    public RougeScores upperBound() {
        return upperBound;
    }

    @Override
    public String toString() {
        return "RougeBootstrap[count=" + count + ", average=" + average + "]";
    }

    /**
     * One document's nine figures as the Perl stores them ({@code computeROUGEX}): recall and
     * precision rounded with {@code sprintf("%7.5f")}, F computed from the rounded values and rounded.
     */
    private static double[] roundedMeasures(RougeScores scores) {
        double[] measures = new double[MEASURES];
        RougeScore[] variants = {scores.rouge1(), scores.rouge2(), scores.rougeL()};
        for (int v = 0; v < variants.length; v++) {
            double precision = round5(variants[v].precision());
            double recall = round5(variants[v].recall());
            measures[3 * v] = precision;
            measures[3 * v + 1] = recall;
            measures[3 * v + 2] = round5(RougeScore.fMeasure(precision, recall));
        }
        return measures;
    }

    private static RougeScores toScores(double[] measures) {
        return new RougeScores(toScore(measures, 0), toScore(measures, 3), toScore(measures, 6));
    }

    private static RougeScore toScore(double[] measures, int offset) {
        return new RougeScore(clamp(measures[offset]), clamp(measures[offset + 1]), clamp(measures[offset + 2]));
    }

    private static double clamp(double value) {
        return Math.min(1, Math.max(0, value));
    }

    /** C's {@code printf("%.5f")}: the exact binary value rounded half-even, as Perl's sprintf does. */
    static double round5(double value) {
        return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * Perl's {@code rand} since 5.20 (and glibc's {@code drand48} before): x' = (x·0x5DEECE66D + 0xB)
     * mod 2^48, returned as x'/2^48; {@code srand(s)} sets x = 0x330E + (s << 16), s taken as 32 bits.
     */
    private static final class Drand48 {
        private long state;

        void seed(long seed) {
            state = 0x330EL + ((seed & 0xFFFFFFFFL) << 16);
        }

        double next() {
            state = (state * 0x5DEECE66DL + 0xBL) & 0xFFFFFFFFFFFFL;
            return Math.scalb((double) state, -48);
        }
    }
}

package dev.nutshell.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The macro average of per-page {@link ExtractionScore}s, as the Article Extraction Benchmark
 * reports it: precision is the mean of the per-page precisions over the pages with a non-empty
 * prediction, recall the mean of the per-page recalls over all pages whose truth has a shingle
 * (an empty prediction counts as recall 0), F1 the harmonic mean of those two means (not the mean
 * of per-page F1), and accuracy the share of pages whose token lists are equal.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pages the number of pages averaged, {@code >= 0}
 * @param precision mean precision, in [0, 1]; 0 when no page had a prediction
 * @param recall mean recall, in [0, 1]; 0 when there is no page
 * @param f1 {@code 2PR / (P + R)}, in [0, 1]; 0 when both are 0
 * @param accuracy share of exactly extracted pages, in [0, 1]; 0 when there is no page
 * @since 0.1.0
 */
public record ExtractionAverage(int pages, double precision, double recall, double f1, double accuracy) {
    /**
     * Averages per-page scores; linear in their number.
     *
     * @param scores one score per page, none null
     * @return the average; all zero for an empty list
     * @throws NullPointerException if the list or an element is null
     */
    public static ExtractionAverage of(List<ExtractionScore> scores) {
        Objects.requireNonNull(scores, "scores");
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (ExtractionScore score : scores) {
            double precision = Objects.requireNonNull(score, "scores[i]").precision();
            if (!Double.isNaN(precision)) {
                precisionSum += precision;
                precisionPages++;
            }
            double recall = score.recall();
            if (!Double.isNaN(recall)) {
                recallSum += recall;
                recallPages++;
            }
            exact += score.exact() ? 1 : 0;
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionAverage(scores.size(), precision, recall, f1, scores.isEmpty() ? 0 : (double) exact / scores.size());
    }
}

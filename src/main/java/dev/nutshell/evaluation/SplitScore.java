package dev.nutshell.evaluation;

/**
 * The counts behind the sentence-splitting score of one paragraph or a sum of paragraphs, as
 * {@link SplitEvaluation} computes them (the "Sentences" score of the CoNLL 2018 UD shared task),
 * and the figures derived from them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param paragraphs the number of paragraphs counted, {@code >= 0}
 * @param sentences the number of gold sentences, {@code >= 0}
 * @param predicted the number of distinct predicted sentences left after trimming, {@code >= 0}
 * @param correct the predicted sentences equal to a gold sentence, from 0 to {@code min(sentences, predicted)}
 * @param exactParagraphs the paragraphs whose predicted sentences are exactly the gold ones, {@code <= paragraphs}
 * @param missedBoundaries gold inner cuts (sentence ends but the last) that are not predicted, {@code >= 0}
 * @param falseBoundaries predicted inner cuts that are not gold, {@code >= 0}
 * @since 0.1.0
 */
public record SplitScore(int paragraphs, int sentences, int predicted, int correct, int exactParagraphs,
        int missedBoundaries, int falseBoundaries) {
    /** The score of no paragraph at all, to sum from. */
    public static final SplitScore NONE = new SplitScore(0, 0, 0, 0, 0, 0, 0);

    /**
     * @param paragraphs the number of paragraphs counted
     * @param sentences the number of gold sentences
     * @param predicted the number of distinct trimmed predictions
     * @param correct the predictions equal to a gold sentence
     * @param exactParagraphs the paragraphs split exactly right
     * @param missedBoundaries gold inner cuts not predicted
     * @param falseBoundaries predicted inner cuts not in the gold
     * @throws IllegalArgumentException if a count is negative or the counts contradict each other
     */
    public SplitScore {
        if (paragraphs < 0 || sentences < 0 || predicted < 0 || correct < 0 || exactParagraphs < 0
                || missedBoundaries < 0 || falseBoundaries < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + paragraphs + ", " + sentences + ", "
                    + predicted + ", " + correct + ", " + exactParagraphs + ", " + missedBoundaries + ", " + falseBoundaries);
        }
        if (correct > Math.min(sentences, predicted) || exactParagraphs > paragraphs) {
            throw new IllegalArgumentException("correct (" + correct + ") must be <= sentences (" + sentences
                    + ") and predicted (" + predicted + "), exact paragraphs (" + exactParagraphs
                    + ") <= paragraphs (" + paragraphs + ")");
        }
    }

    /**
     * @param other another score, never null
     * @return the counts of both added up, as the file totals of the scoring rule add them
     * @throws NullPointerException if {@code other} is null
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    public SplitScore plus(SplitScore other) {
        return new SplitScore(Math.addExact(paragraphs, other.paragraphs), Math.addExact(sentences, other.sentences),
                Math.addExact(predicted, other.predicted), Math.addExact(correct, other.correct),
                Math.addExact(exactParagraphs, other.exactParagraphs),
                Math.addExact(missedBoundaries, other.missedBoundaries),
                Math.addExact(falseBoundaries, other.falseBoundaries));
    }

    /** @return correct over predicted, in [0, 1]; 0 without predictions */
    public double precision() {
        return ratio(correct, predicted);
    }

    /** @return correct over gold sentences, in [0, 1]; 0 without gold sentences */
    public double recall() {
        return ratio(correct, sentences);
    }

    /** @return the harmonic mean of precision and recall, in [0, 1]; 0 when both are 0 */
    public double f1() {
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** @return the share of paragraphs split exactly right, in [0, 1]; 0 without paragraphs */
    public double exact() {
        return ratio(exactParagraphs, paragraphs);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}

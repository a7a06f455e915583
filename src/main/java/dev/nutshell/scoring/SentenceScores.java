package dev.nutshell.scoring;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import java.util.stream.DoubleStream;

/**
 * One finite score for each sentence of an article, by sentence index. Higher means more worth
 * including in a summary; scores are only compared within one article.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class SentenceScores {
    private static final SentenceScores EMPTY = new SentenceScores(new double[0]);

    private final double[] values;

    private SentenceScores(double[] values) {
        this.values = values;
    }

    /**
     * Scores computed by a function of the sentence index.
     *
     * @param size the number of sentences, {@code >= 0}
     * @param score the score of sentence {@code i}, called once for each {@code i} in order
     * @return the scores
     * @throws NullPointerException if {@code score} is null
     * @throws IllegalArgumentException if {@code size < 0} or a score is NaN or infinite
     */
    public static SentenceScores of(int size, IntToDoubleFunction score) {
        Objects.requireNonNull(score, "score");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + size);
        }
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            double value = score.applyAsDouble(i);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("score of sentence " + i + " must be finite, was " + value);
            }
            values[i] = value;
        }
        return new SentenceScores(values);
    }

    /** @return scores for an article without sentences */
    public static SentenceScores empty() {
        return EMPTY;
    }

    /** @return the number of sentences scored */
    public int size() {
        return values.length;
    }

    /**
     * @param index a sentence index, from 0 to {@code size() - 1}
     * @return its score, finite
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double get(int index) {
        return values[index];
    }

    /** @return the scores in sentence order */
    public DoubleStream stream() {
        return Arrays.stream(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentenceScores scores && Arrays.equals(values, scores.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SentenceScores" + Arrays.toString(values);
    }
}

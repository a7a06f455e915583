package dev.nutshell.keyphrases;

import dev.nutshell.article.ArticleWords;

/**
 * Nutshell's keyphrase ranking: one ranking for short texts, another for long ones, blended by the
 * text's length in words, as the summary ranking blends by the summary's share of the article.
 *
 * <p>Why: in a text of a hundred words (an abstract) almost every phrase occurs once and
 * everything is near the start, so frequency and position say nothing, and the adjacency of words
 * (TextRank's window of 2) is what separates the terms of the subject; in a news article of
 * several hundred words, the phrases a story repeats and puts first are what it is about
 * (PositionRank, with frequency). Each ranking's scores are divided by their largest, and the score
 * is {@code (1 − α) × short + α × long} with {@code α = 0} up to {@code shortWords} words, 1 from
 * {@code longWords}, linear between; phrases inside better ones are left out once {@code α ≥ 0.5},
 * and below that the candidates are the longest runs of nouns and adjectives.
 *
 * <p>Immutable and thread-safe. Costs the two rankings.
 */
final class LengthAdaptiveRanker implements PhraseRanker {
    private final PhraseRanker shortTexts;
    private final PhraseRanker longTexts;
    private final int shortWords;
    private final int longWords;

    /**
     * @param shortTexts the ranking of texts of up to {@code shortWords} words
     * @param longTexts the ranking of texts of {@code longWords} words or more
     * @param shortWords up to this many words the short ranking alone counts
     * @param longWords from this many words the long ranking alone counts, {@code > shortWords}
     */
    LengthAdaptiveRanker(PhraseRanker shortTexts, PhraseRanker longTexts, int shortWords, int longWords) {
        this.shortTexts = shortTexts;
        this.longTexts = longTexts;
        this.shortWords = shortWords;
        this.longWords = longWords;
    }

    /** @return the ranking of short texts */
    PhraseRanker shortTexts() {
        return shortTexts;
    }

    /** @return the ranking of long texts */
    PhraseRanker longTexts() {
        return longTexts;
    }

    /** @return the weight α of the long-text ranking for this text, in [0, 1] */
    double longShare(Candidates candidates) {
        return longShare(candidates.words.size());
    }

    private double longShare(int words) {
        double share = (double) (words - shortWords) / (longWords - shortWords);
        return Math.max(0, Math.min(1, share));
    }

    @Override
    public double[] score(Candidates candidates) {
        double alpha = longShare(candidates);
        double[] scores = alpha < 1 ? scaled(shortTexts.score(candidates)) : new double[candidates.size()];
        if (alpha > 0) {
            double[] longScores = scaled(longTexts.score(candidates));
            for (int p = 0; p < scores.length; p++) {
                scores[p] = (1 - alpha) * scores[p] + alpha * longScores[p];
            }
        }
        return scores;
    }

    @Override
    public boolean dropsContainedPhrases(Candidates candidates) {
        return longShare(candidates) >= 0.5;
    }

    /**
     * Short texts take the longest runs of nouns and adjectives: in an abstract the tagger calls
     * many a noun of a long technical term an adjective, and cutting the term there loses it
     * (Inspec dev F1@10 +0.9); in news the shorter phrases do better (DUC-2001 dev −0.9).
     */
    @Override
    public boolean wantsLongestRuns(int words) {
        return longShare(words) < 0.5;
    }

    /**
     * Reads the headline only if both rankings would: a ranking that leaves out a title-case
     * headline leaves it out of the blend too.
     */
    @Override
    public boolean readsHeadline(ArticleWords words) {
        return shortTexts.readsHeadline(words) && longTexts.readsHeadline(words);
    }

    /** Divided by the largest, so into [0, 1] for the non-negative scores of graph rankings. */
    private static double[] scaled(double[] scores) {
        double largest = 0;
        for (double score : scores) {
            largest = Math.max(largest, score);
        }
        if (largest > 0) {
            for (int p = 0; p < scores.length; p++) {
                scores[p] /= largest;
            }
        }
        return scores;
    }

    @Override
    public String toString() {
        return "length-adaptive[" + shortTexts + " up to " + shortWords + " words, " + longTexts + " from "
                + longWords + "]";
    }
}

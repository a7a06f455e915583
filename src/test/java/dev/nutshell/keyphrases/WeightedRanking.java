package dev.nutshell.keyphrases;

import dev.nutshell.article.ArticleWords;

/**
 * A ranking that multiplies another's scores by a weight per phrase, and wants the candidates that
 * the other wants: the shape of {@link HeadlineBoost} and {@link PhrasePrior}, the hand-weighted
 * default ranking's parts before the learned models, kept in the tests as their baseline.
 *
 * <p>Subclasses are immutable and thread-safe. O(candidates) on top of the ranking it decorates,
 * plus what {@link #weight} costs.
 */
abstract class WeightedRanking implements PhraseRanker {
    private final PhraseRanker ranking;

    /** @param ranking the ranking whose scores are weighted; its scores must be non-negative */
    WeightedRanking(PhraseRanker ranking) {
        this.ranking = ranking;
    }

    /** @return the ranking whose scores are weighted */
    final PhraseRanker ranking() {
        return ranking;
    }

    /**
     * @param candidates the article's candidates
     * @param phrase a candidate's index
     * @return what its score is multiplied by, {@code >= 0}
     */
    abstract double weight(Candidates candidates, int phrase);

    @Override
    public final double[] score(Candidates candidates) {
        double[] scores = ranking.score(candidates);
        for (int phrase = 0; phrase < scores.length; phrase++) {
            scores[phrase] *= weight(candidates, phrase);
        }
        return scores;
    }

    @Override
    public final boolean dropsContainedPhrases(Candidates candidates) {
        return ranking.dropsContainedPhrases(candidates);
    }

    @Override
    public final boolean wantsLongestRuns(int words) {
        return ranking.wantsLongestRuns(words);
    }

    @Override
    public boolean readsHeadline(ArticleWords words) {
        return ranking.readsHeadline(words);
    }
}

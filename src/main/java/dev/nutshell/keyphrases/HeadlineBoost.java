package dev.nutshell.keyphrases;

import dev.nutshell.article.ArticleWords;

/**
 * A ranking whose phrases that occur in the article's headline score {@code 1 + boost} times as
 * much: the headline, or an abstract's title, names what the text is about. Measured on the dev
 * sets with the default ranking: a boost of 1 raises Inspec F1@5 from 27.62 to 28.76 and F1@10 from
 * 34.50 to 34.82 (0.4: 28.40 / 34.77; 1.5: 28.90 / 34.73); DUC-2001, whose inputs rarely have
 * one, is unchanged within 0.1.
 *
 * <p>Immutable and thread-safe. O(occurrences) on top of the ranking it decorates.
 */
final class HeadlineBoost implements PhraseRanker {
    private final PhraseRanker ranking;
    private final double boost;

    /**
     * @param ranking the ranking whose scores are boosted; its scores must be non-negative
     * @param boost how much more a headline phrase scores, {@code >= 0}
     */
    HeadlineBoost(PhraseRanker ranking, double boost) {
        this.ranking = ranking;
        this.boost = boost;
    }

    /** @return the ranking whose scores are boosted */
    PhraseRanker ranking() {
        return ranking;
    }

    @Override
    public double[] score(Candidates candidates) {
        double[] scores = ranking.score(candidates);
        for (int phrase = 0; phrase < scores.length; phrase++) {
            if (inHeadline(candidates, phrase)) {
                scores[phrase] *= 1 + boost;
            }
        }
        return scores;
    }

    /** Whether the phrase occurs in the headline: its first occurrence, since the headline comes first. */
    private static boolean inHeadline(Candidates candidates, int phrase) {
        return candidates.words.sentence(candidates.phraseStarts.get(phrase)[0]) == ArticleWords.HEADLINE;
    }

    @Override
    public boolean dropsContainedPhrases(Candidates candidates) {
        return ranking.dropsContainedPhrases(candidates);
    }

    @Override
    public boolean wantsLongestRuns(int words) {
        return ranking.wantsLongestRuns(words);
    }

    @Override
    public String toString() {
        return "headline-boost[" + boost + ", " + ranking + "]";
    }
}

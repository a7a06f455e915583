package dev.nutshell.keyphrases;

import dev.nutshell.article.ArticleWords;

/**
 * A ranking whose phrases that occur in the article's headline score {@code 1 + boost} times as
 * much: the headline, or an abstract's title, names what the text is about. Measured on the dev
 * sets with the default ranking: a boost of 1 raises Inspec F1@5 from 27.62 to 28.76 and F1@10 from
 * 34.50 to 34.82 (0.4: 28.40 / 34.77; 1.5: 28.90 / 34.73); DUC-2001, whose inputs rarely have
 * one, is unchanged within 0.1. A headline in title case is not read ({@link #readsHeadline}).
 *
 * <p>Part of the hand-weighted default ranking before the learned models ({@link LogisticRanking}),
 * kept in the tests as the baseline they are measured against ({@code KeyphraseModelTraining}).
 *
 * <p>Immutable and thread-safe. O(occurrences) on top of the ranking it decorates.
 */
final class HeadlineBoost extends WeightedRanking {
    private final double boost;

    /**
     * @param ranking the ranking whose scores are boosted; its scores must be non-negative
     * @param boost how much more a headline phrase scores, {@code >= 0}
     */
    HeadlineBoost(PhraseRanker ranking, double boost) {
        super(ranking);
        this.boost = boost;
    }

    /**
     * {@code 1 + boost} for a phrase that occurs in the headline (its first occurrence, since the
     * headline comes first), else 1.
     */
    @Override
    double weight(Candidates candidates, int phrase) {
        return candidates.words.sentence(candidates.phraseStarts.get(phrase)[0]) == ArticleWords.HEADLINE ? 1 + boost : 1;
    }

    /**
     * A headline in title case ({@link LogisticRanking#hasTitleCaseHeadline}) is not read at all. An abstract's title names
     * its subject in its own words; a news headline in title case is telegraphic ("Workers Try To
     * Unload Tanker; Environmentalists Call Spill a Disaster"), tagged lower-cased and poorly, and
     * its phrases ("Call Spill", "Little Difference", "Year") crowded out the story's. Measured
     * with the default ranking (F1@5 / F1@10) on DUC-2001 dev with each story's title put before
     * it as its headline (119 of the 146 titles are in title case): 24.19 / 28.70 reading every
     * headline, 27.45 / 30.93 not reading title-case ones (31.78 leaving out every headline of a
     * text of 300 words or more too, which cost DUC-2001 as given, whose texts have none but a few
     * first lines taken for one, 0.14 F1@5); Inspec dev (15 title-case titles) 30.72 / 36.16 and
     * 30.65 / 36.13; DUC-2001 dev as given unchanged.
     */
    @Override
    public boolean readsHeadline(ArticleWords words) {
        return !LogisticRanking.hasTitleCaseHeadline(words) && ranking().readsHeadline(words);
    }

    @Override
    public String toString() {
        return "headline-boost[" + boost + ", " + ranking() + "]";
    }
}

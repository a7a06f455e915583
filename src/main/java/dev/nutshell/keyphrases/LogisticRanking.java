package dev.nutshell.keyphrases;

import dev.nutshell.article.ArticleWords;
import dev.nutshell.internal.TitleCase;
import java.util.Arrays;

/**
 * A ranking learned from keyphrases people chose: a phrase scores the probability, under a
 * logistic model, that it is a keyphrase, given its {@link PhraseFeatures} (the graph ranking's
 * score of its words among them). {@code score = 1 / (1 + exp(−(intercept + Σ weight_i × feature_i)))}.
 *
 * <p>Why: the graph's scores, a phrase's length, its position, its frequency, the headline and
 * the commonness of its words each carried some signal, and the hand-set multipliers for them
 * that the default had before (a headline phrase double, a single word half, an early phrase up
 * to three times, a rare word double) had reached a plateau: no general change to them moved
 * Inspec dev F1@10 by more than 0.3. Weighing them all at once, and how a phrase nests with the
 * others, by logistic regression on gold keyphrases did better on texts that took no part in
 * the fit: abstracts ({@link #SHORT_TEXTS}) and news ({@link #NEWS}).
 *
 * <p>A headline in title case is not read ({@link #readsHeadline}), as the hand-weighted default
 * did not: telegraphic news headlines ("Workers Try To Unload Tanker; Environmentalists Call Spill
 * a Disaster"), tagged lower-cased and poorly, whose phrases ("Call Spill") crowded out the story's
 * (DUC-2001 dev with each story's title as its headline, 119 of 146 in title case: F1@10 28.70
 * reading every headline, 30.93 not reading title-case ones, with the hand-weighted ranking).
 *
 * <p>Immutable and thread-safe. Costs the graph ranking plus {@link PhraseFeatures}.
 */
final class LogisticRanking implements PhraseRanker {
    /**
     * The weights of {@link KeyphraseRanking#NUTSHELL}'s short-text ranking, in the order of
     * {@link PhraseFeatures}, then the intercept: fitted on the 1,500 Inspec dev abstracts
     * (Hulth's training and validation parts; never the test part) by {@code
     * KeyphraseModelTraining} in the tests, which also checks that it still gives these numbers.
     */
    static final double[] SHORT_TEXT_WEIGHTS = {
        0.12947899867742885, // LOG_SCORE
        -1.047171313690514, // ONE_WORD
        0.7008679760822663, // TWO_WORDS
        1.0558933978231981, // THREE_WORDS
        0.7629194298875077, // FOUR_WORDS
        1.0779352269124904, // EARLY
        0.7223390710363384, // LOG_OCCURRENCES
        0.3590517890812989, // HEADLINE
        -0.6279432531149347, // COMMON_SHARE
        -0.2081489881395138, // FIRST_COMMON
        -0.5061715392161346, // LOG_INSIDE
        -0.19262282329017286, // LOG_HOLDS
        -1.583701125183831, // the intercept
    };

    /**
     * The weights of {@link KeyphraseRanking#NUTSHELL}'s long-text (news) ranking, in the order of
     * {@link PhraseFeatures}, then the intercept: fitted on the DUC-2001 dev news articles of 150
     * words or more (never the held-out half), each read as given and with its title as its
     * headline, by {@code KeyphraseModelTraining} in the tests, which also checks that it still
     * gives these numbers. Its headline weight is negative: a headline's phrases come first and
     * take the position's whole weight, which in news they earn less than the story's.
     */
    static final double[] NEWS_WEIGHTS = {
        0.5312028707439196, // LOG_SCORE
        0.34664972394818444, // ONE_WORD
        1.694146459558131, // TWO_WORDS
        1.130399564163791, // THREE_WORDS
        0.17205176458870808, // FOUR_WORDS
        2.757733296838731, // EARLY
        0.6913854141130265, // LOG_OCCURRENCES
        -1.654571515586951, // HEADLINE
        -0.5220588483520641, // COMMON_SHARE
        0.07707745401300481, // FIRST_COMMON
        -0.6634351552000127, // LOG_INSIDE
        0.9797959824383797, // LOG_HOLDS
        -3.74750946570143, // the intercept
    };

    /** The short-text ranking of {@link KeyphraseRanking#NUTSHELL}: TextRank's graph, rare words double. */
    static final LogisticRanking SHORT_TEXTS = new LogisticRanking(shortTextGraph(), SHORT_TEXT_WEIGHTS);

    /**
     * The long-text ranking of {@link KeyphraseRanking#NUTSHELL}: PositionRank's graph over a window
     * of 15 words, rare words double, a phrase's sum times the square root of its occurrences.
     */
    static final LogisticRanking NEWS = new LogisticRanking(newsGraph(), NEWS_WEIGHTS);

    private final GraphRanker graph;
    private final double[] weights;

    /**
     * @param graph the ranking whose scores are the {@link PhraseFeatures#LOG_SCORE} feature; non-negative
     * @param weights {@link PhraseFeatures#COUNT} weights in the order of the features, then the intercept
     * @throws IllegalArgumentException if there are not {@code PhraseFeatures.COUNT + 1} weights, or one is not finite
     */
    LogisticRanking(GraphRanker graph, double[] weights) {
        if (weights.length != PhraseFeatures.COUNT + 1 || !Arrays.stream(weights).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("expected " + (PhraseFeatures.COUNT + 1) + " finite weights, got "
                    + Arrays.toString(weights));
        }
        this.graph = graph;
        this.weights = weights.clone();
    }

    @Override
    public double[] score(Candidates candidates) {
        PhraseFeatures features = features(candidates);
        double[] scores = new double[features.size()];
        for (int phrase = 0; phrase < scores.length; phrase++) {
            scores[phrase] = 1 / (1 + Math.exp(-logit(features, phrase)));
        }
        return scores;
    }

    /** @return the graph ranking of {@link #SHORT_TEXTS}, made anew */
    static GraphRanker shortTextGraph() {
        return new GraphRanker(2, false, false, 1, 0);
    }

    /** @return the graph ranking of {@link #NEWS}, made anew */
    static GraphRanker newsGraph() {
        return new GraphRanker(15, true, true, 1, 0.5);
    }

    /** Reads a headline unless it is in title case. */
    @Override
    public boolean readsHeadline(ArticleWords words) {
        return !hasTitleCaseHeadline(words);
    }

    /** @return whether the article's headline is in title case ({@link TitleCase}); false without one */
    static boolean hasTitleCaseHeadline(ArticleWords words) {
        int headlineWords = 0;
        int capitalised = 0;
        for (int word = 0; word < words.size() && words.sentence(word) == ArticleWords.HEADLINE; word++) {
            headlineWords++;
            capitalised += TitleCase.isCapitalised(words.article().text(), words.start(word)) ? 1 : 0;
        }
        return TitleCase.isTitleCase(headlineWords, capitalised);
    }

    /** @return the features the weights apply to */
    PhraseFeatures features(Candidates candidates) {
        boolean[] common = GraphRanker.commonNodes(candidates);
        return PhraseFeatures.of(candidates, graph.score(candidates, common), common);
    }

    /** The log-odds of one candidate: the intercept plus the weighted features. */
    double logit(PhraseFeatures features, int phrase) {
        double sum = weights[PhraseFeatures.COUNT];
        for (int feature = 0; feature < PhraseFeatures.COUNT; feature++) {
            sum += weights[feature] * features.value(phrase, feature);
        }
        return sum;
    }

    @Override
    public String toString() {
        return "logistic[" + Arrays.toString(weights) + ", " + graph + "]";
    }
}

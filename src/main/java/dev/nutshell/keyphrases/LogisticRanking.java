package dev.nutshell.keyphrases;

import java.util.Arrays;

/**
 * A ranking learned from keyphrases people chose: a phrase scores the probability, under a
 * logistic model, that it is a keyphrase, given its {@link PhraseFeatures} (the graph ranking's
 * score of its words among them). {@code score = 1 / (1 + exp(−(intercept + Σ weight_i × feature_i)))}.
 *
 * <p>Why: the graph's scores, a phrase's length, its position, its frequency, the headline and
 * the commonness of its words each carried some signal, and hand-set multipliers for them
 * ({@link PhrasePrior}, {@link HeadlineBoost}, the rare-word boost) had reached a plateau: on
 * abstracts, no single one moved Inspec dev F1@10 by more than 0.3. Weighing them all at once, and
 * how a phrase nests with the others, by logistic regression on the gold keyphrases, did better
 * on abstracts that took no part in the fit (see {@link #SHORT_TEXTS}).
 *
 * <p>Immutable and thread-safe. Costs the graph ranking plus {@link PhraseFeatures}.
 */
final class LogisticRanking implements PhraseRanker {
    /**
     * The weights of {@link KeyphraseRanking#NUTSHELL}'s short-text ranking, in the order of
     * {@link PhraseFeatures}, then the intercept: fitted on the 1,500 Inspec dev abstracts
     * (Hulth's training and validation parts; never the test part) by {@code
     * ShortTextModelTraining} in the tests, which also checks that it still gives these numbers.
     */
    static final double[] SHORT_TEXT_WEIGHTS = {
        0.12947899867742887, // LOG_SCORE
        -1.0471713136905123, // ONE_WORD
        0.700867976082268, // TWO_WORDS
        1.0558933978232, // THREE_WORDS
        0.7629194298875095, // FOUR_WORDS
        1.0779352269124904, // EARLY
        0.7223390710363385, // LOG_OCCURRENCES
        0.359051789081299, // HEADLINE
        -0.6279432531149348, // COMMON_SHARE
        -0.20814898813951374, // FIRST_COMMON
        -0.5061715392161348, // LOG_INSIDE
        -0.1926228232901728, // LOG_HOLDS
        -1.5837011251838329, // the intercept
    };

    /** The short-text ranking of {@link KeyphraseRanking#NUTSHELL}: TextRank's graph, rare words double. */
    static final LogisticRanking SHORT_TEXTS = new LogisticRanking(new GraphRanker(2, false, false, 1, 0),
            SHORT_TEXT_WEIGHTS);

    private final PhraseRanker graph;
    private final double[] weights;

    /**
     * @param graph the ranking whose scores are the {@link PhraseFeatures#LOG_SCORE} feature; non-negative
     * @param weights {@link PhraseFeatures#COUNT} weights in the order of the features, then the intercept
     * @throws IllegalArgumentException if there are not {@code PhraseFeatures.COUNT + 1} weights, or one is not finite
     */
    LogisticRanking(PhraseRanker graph, double[] weights) {
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

    /** @return the features the weights apply to */
    PhraseFeatures features(Candidates candidates) {
        return PhraseFeatures.of(candidates, graph.score(candidates));
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

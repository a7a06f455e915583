package dev.nutshell.keyphrases;

import dev.nutshell.internal.PageRank;

/**
 * Ranks graph words by PageRank over their co-occurrence graph ({@link WordGraph}), and a phrase
 * by the sum of its words' scores: TextRank (Mihalcea and Tarau 2004) with a window of 2 and
 * unweighted links, SingleRank (Wan and Xiao 2008) with a window of 10 and weighted links, and
 * with the random jump biased towards words that occur early and often, PositionRank (Florescu and
 * Caragea 2017, equation 3: a word's jump weight is the sum of {@code 1 / p} over the positions
 * {@code p} of its occurrences, counted in words from 1).
 *
 * <p>Immutable and thread-safe. O(n × window + iterations × links).
 */
final class GraphRanker implements PhraseRanker {
    private static final double DAMPING = 0.85;
    private static final double TOLERANCE = 1e-4;
    private static final int MAX_ITERATIONS = 100;

    private final int window;
    private final boolean weighted;
    private final boolean positional;
    private final double rareBoost;
    private final double frequencyExponent;

    /**
     * The published rankings: no boost for rare words, no weight for repetition.
     *
     * @param window words at most {@code window - 1} apart are linked, {@code >= 2}
     * @param weighted whether links weigh the number of co-occurrences
     * @param positional whether the random jump favours early words (PositionRank)
     */
    GraphRanker(int window, boolean weighted, boolean positional) {
        this(window, weighted, positional, 0, 0);
    }

    /**
     * @param window words at most {@code window - 1} apart are linked, {@code >= 2}
     * @param weighted whether links weigh the number of co-occurrences
     * @param positional whether the random jump favours early words (PositionRank)
     * @param rareBoost a word none of whose occurrences is {@linkplain
     *     dev.nutshell.article.ArticleWords#isCommon(int) common} counts {@code 1 + rareBoost} times
     * @param frequencyExponent a phrase's sum is multiplied by its number of occurrences to this power
     */
    GraphRanker(int window, boolean weighted, boolean positional, double rareBoost, double frequencyExponent) {
        this.window = window;
        this.weighted = weighted;
        this.positional = positional;
        this.rareBoost = rareBoost;
        this.frequencyExponent = frequencyExponent;
    }

    @Override
    public double[] score(Candidates candidates) {
        return score(candidates, rareBoost > 0 ? commonNodes(candidates) : null);
    }

    /**
     * @param candidates the article's candidates, at least one
     * @param common {@link #commonNodes} of the candidates; may be null if there is no rare-word boost
     * @return one non-negative score per candidate
     */
    double[] score(Candidates candidates, boolean[] common) {
        double[] words = wordScores(candidates);
        if (rareBoost > 0) {
            for (int node = 0; node < words.length; node++) {
                words[node] *= common[node] ? 1 : 1 + rareBoost;
            }
        }
        double[] scores = new double[candidates.size()];
        for (int p = 0; p < scores.length; p++) {
            for (int node : candidates.phraseNodes.get(p)) {
                scores[p] += words[node];
            }
            if (frequencyExponent > 0) {
                scores[p] *= Math.pow(candidates.occurrences(p), frequencyExponent);
            }
        }
        return scores;
    }

    /** Whether any occurrence of each graph word is a common word of the language. */
    static boolean[] commonNodes(Candidates candidates) {
        boolean[] common = new boolean[candidates.nodeCount()];
        for (int word = 0; word < candidates.wordNode.length; word++) {
            int node = candidates.wordNode[word];
            if (node >= 0 && candidates.words.isCommon(word)) {
                common[node] = true;
            }
        }
        return common;
    }

    /** The PageRank of every graph word. */
    double[] wordScores(Candidates candidates) {
        WordGraph graph = WordGraph.of(candidates, window, weighted);
        double[] teleport = positional ? positionWeights(candidates) : uniform(candidates.nodeCount());
        return PageRank.weighted(graph, DAMPING, TOLERANCE, MAX_ITERATIONS, teleport);
    }

    /** Σ 1/p over each word's positions, scaled to sum to the number of nodes. */
    static double[] positionWeights(Candidates candidates) {
        int nodes = candidates.nodeCount();
        double[] weights = new double[nodes];
        double total = 0;
        for (int word = 0; word < candidates.wordNode.length; word++) {
            int node = candidates.wordNode[word];
            if (node >= 0) {
                double weight = 1.0 / (word + 1);
                weights[node] += weight;
                total += weight;
            }
        }
        for (int node = 0; node < nodes; node++) {
            weights[node] *= nodes / total;
        }
        return weights;
    }

    private static double[] uniform(int nodes) {
        double[] weights = new double[nodes];
        java.util.Arrays.fill(weights, 1);
        return weights;
    }

    @Override
    public String toString() {
        return "graph[window=" + window + ", weighted=" + weighted + ", positional=" + positional
                + ", rareBoost=" + rareBoost + ", frequencyExponent=" + frequencyExponent + "]";
    }
}

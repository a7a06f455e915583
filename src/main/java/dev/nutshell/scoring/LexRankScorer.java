package dev.nutshell.scoring;

import dev.nutshell.article.Article;
import dev.nutshell.internal.Interruption;
import dev.nutshell.internal.UnitVectors;
import java.util.Arrays;

/**
 * LexRank (Erkan and Radev 2004, "LexRank: Graph-based Lexical Centrality as Salience in Text
 * Summarization", section 3.2, "Centrality-based Sentence Salience"): sentences are linked when the
 * cosine of their TF-IDF vectors exceeds a threshold (0.1 by default, the paper's best), each
 * sentence with itself included as the paper's similarity matrix has it; a sentence's score is its
 * stationary probability in the random walk over these links with damping, by power iteration:
 * {@code p(u) = (1 − d) / N + d × Σ_{v adjacent to u} p(v) / deg(v)}, reported as {@code N × p(u)}
 * so that the scores average 1.
 *
 * <p>Sentences further apart than {@code maxDistance} are not compared: exact for every article of
 * up to {@code maxDistance + 1} sentences (news articles), and it keeps long documents linear in
 * time and memory rather than quadratic.
 *
 * <p>With a focus in the {@link ScoringContext} this is biased LexRank (Otterbacher, Erkan and
 * Radev 2005, "Using Random Walks for Question-focused Sentence Retrieval"): the random jump,
 * taken with probability 0.95 (their best), lands on a sentence in proportion to its relevance to
 * the focus ({@code FocusRelevance}), so sentences about the focus and their neighbours gain. A
 * focus that shares no term with the article changes nothing; otherwise the scores do not depend
 * on the context. Built with {@link #create()} or
 * {@link #builder()}; immutable and thread-safe. Cost O(n × min(n, maxDistance) × terms) to build the graph plus
 * O(iterations × edges). An interrupted thread gets a {@link
 * java.util.concurrent.CancellationException} at the next sentence of the graph or iteration.
 *
 * @since 0.1.0
 */
public final class LexRankScorer implements SentenceScorer {
    private static final String WORK = "LexRank";
    private final double threshold;
    private final double damping;
    private final double tolerance;
    private final int maxIterations;
    private final int maxDistance;
    /** The jump probability of biased LexRank: Otterbacher et al.'s d, their best value 0.95. */
    private final double focusBias = 0.95;

    private LexRankScorer(Builder builder) {
        this.threshold = builder.threshold;
        this.damping = builder.damping;
        this.tolerance = builder.tolerance;
        this.maxIterations = builder.maxIterations;
        this.maxDistance = builder.maxDistance;
    }

    /** @return a LexRank scorer with the paper's settings: threshold 0.1, d = 0.85 */
    public static LexRankScorer create() {
        return builder().build();
    }

    /** @return a builder starting from the paper's settings: threshold 0.1, d = 0.85 */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SentenceScores score(Article article, ScoringContext context) {
        int n = article.sentences().size();
        if (n == 0) {
            return SentenceScores.empty();
        }
        int[][] neighbours = graph(UnitVectors.tfIdf(article));
        double[] relevance = context.focusTerms().isEmpty() ? null : FocusRelevance.of(article, context.focusTerms());
        double[] probability = relevance != null && FocusRelevance.maximum(relevance) > 0
                ? stationary(neighbours, relevance) : stationary(neighbours);
        return SentenceScores.of(n, i -> n * probability[i]);
    }

    /** Adjacency lists, each sentence listing itself and every sentence more similar than the threshold. */
    private int[][] graph(UnitVectors vectors) {
        int n = vectors.size();
        int[][] neighbours = new int[n][];
        int[] count = new int[n];
        int[][] buffer = new int[n][];
        for (int i = 0; i < n; i++) {
            buffer[i] = new int[4];
            buffer[i][count[i]++] = i;
        }
        for (int i = 0; i < n; i++) {
            Interruption.check(WORK);
            int last = (int) Math.min(n - 1L, (long) i + maxDistance);
            for (int j = i + 1; j <= last; j++) {
                if (vectors.dot(i, j) > threshold) {
                    buffer[i] = append(buffer[i], count[i]++, j);
                    buffer[j] = append(buffer[j], count[j]++, i);
                }
            }
            neighbours[i] = Arrays.copyOf(buffer[i], count[i]);
            buffer[i] = null;
        }
        return neighbours;
    }

    private static int[] append(int[] array, int size, int value) {
        int[] target = size < array.length ? array : Arrays.copyOf(array, array.length * 2);
        target[size] = value;
        return target;
    }

    /**
     * Biased LexRank (Otterbacher, Erkan and Radev 2005, equation 3): the walk jumps with
     * probability {@code focusBias} to a sentence in proportion to its relevance to the focus,
     * {@code p(u) = b × rel(u) / Σ rel + (1 − b) × Σ_{v adjacent to u} p(v) / deg(v)}.
     */
    private double[] stationary(int[][] neighbours, double[] relevance) {
        int n = neighbours.length;
        double total = 0;
        for (double value : relevance) {
            total += value;
        }
        double[] probability = new double[n];
        Arrays.fill(probability, 1.0 / n);
        double[] next = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            Interruption.check(WORK);
            for (int u = 0; u < n; u++) {
                next[u] = focusBias * relevance[u] / total;
            }
            double change = walk(neighbours, probability, next, 1 - focusBias);
            double[] swap = probability;
            probability = next;
            next = swap;
            if (change < tolerance) {
                break;
            }
        }
        return probability;
    }

    /** Adds {@code weight ×} one step of the walk from {@code probability} to {@code next}; returns the largest change × n. */
    private static double walk(int[][] neighbours, double[] probability, double[] next, double weight) {
        int n = neighbours.length;
        for (int v = 0; v < n; v++) {
            double share = weight * probability[v] / neighbours[v].length;
            for (int u : neighbours[v]) {
                next[u] += share;
            }
        }
        double change = 0;
        for (int u = 0; u < n; u++) {
            change = Math.max(change, n * Math.abs(next[u] - probability[u]));
        }
        return change;
    }

    private double[] stationary(int[][] neighbours) {
        int n = neighbours.length;
        double[] probability = new double[n];
        Arrays.fill(probability, 1.0 / n);
        double[] next = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            Interruption.check(WORK);
            Arrays.fill(next, (1 - damping) / n);
            for (int v = 0; v < n; v++) {
                double share = damping * probability[v] / neighbours[v].length;
                for (int u : neighbours[v]) {
                    next[u] += share;
                }
            }
            double change = 0;
            for (int u = 0; u < n; u++) {
                change = Math.max(change, n * Math.abs(next[u] - probability[u]));
            }
            double[] swap = probability;
            probability = next;
            next = swap;
            if (change < tolerance) {
                break;
            }
        }
        return probability;
    }

    @Override
    public String toString() {
        return "lexrank[threshold=" + threshold + ", d=" + damping + ", maxDistance=" + maxDistance + "]";
    }

    /** Configures a {@link LexRankScorer}. Not thread-safe; the scorers it builds are. */
    public static final class Builder {
        private double threshold = 0.1;
        private double damping = 0.85;
        private double tolerance = 1e-6;
        private int maxIterations = 100;
        private int maxDistance = 100;

        private Builder() {
        }

        /**
         * @param threshold the cosine above which two sentences are linked, in [0, 1); default 0.1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder threshold(double threshold) {
            this.threshold = Settings.threshold(threshold);
            return this;
        }

        /**
         * @param damping the probability of following a link rather than jumping, in (0, 1); default 0.85
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder damping(double damping) {
            this.damping = Settings.damping(damping);
            return this;
        }

        /**
         * @param tolerance iteration stops once no score ({@code N × p}) changes by this much; default 1e-6
         * @return this builder
         * @throws IllegalArgumentException if not a positive finite number
         */
        public Builder tolerance(double tolerance) {
            this.tolerance = Settings.tolerance(tolerance);
            return this;
        }

        /**
         * @param maxIterations the cap on power iterations, {@code >= 1}; default 100
         * @return this builder
         * @throws IllegalArgumentException if {@code maxIterations < 1}
         */
        public Builder maxIterations(int maxIterations) {
            this.maxIterations = Settings.maxIterations(maxIterations);
            return this;
        }

        /**
         * @param maxDistance how many sentences apart two sentences may be and still be compared,
         *     {@code >= 1}; default 100
         * @return this builder
         * @throws IllegalArgumentException if {@code maxDistance < 1}
         */
        public Builder maxDistance(int maxDistance) {
            if (maxDistance < 1) {
                throw new IllegalArgumentException("maxDistance must be >= 1, was " + maxDistance);
            }
            this.maxDistance = maxDistance;
            return this;
        }

        /** @return the scorer */
        public LexRankScorer build() {
            return new LexRankScorer(this);
        }
    }
}

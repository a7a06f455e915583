package dev.nutshell.scoring;

import dev.nutshell.article.Article;
import dev.nutshell.internal.Interruption;
import dev.nutshell.internal.UnitVectors;

/**
 * Position-aware ("directed") sentence centrality after PacSum (Zheng and Lapata 2019, "Sentence
 * Centrality Revisited for Unsupervised Summarization", section 3): the similarity of a sentence to
 * the sentences after it and to those before it count with separate weights,
 * {@code c(i) = laterWeight × Σ_{j>i} e(i, j) + earlierWeight × Σ_{j<i} e(i, j)}. In news, a
 * sentence that later sentences elaborate on is central; one that merely repeats earlier ones is
 * not, so {@code earlierWeight} is typically negative.
 *
 * <p>Edges are TF-IDF cosine similarities thresholded relative to the article's similarity range,
 * {@code e(i, j) = max(0, sim(i, j) − β × max sim)} (PacSum subtracts {@code min + β(max − min)};
 * the minimum is 0 in every article where two sentences share no term, which is why the range is
 * taken from 0 here).
 *
 * <p>The scores do not depend on the {@link ScoringContext}. Built with {@link #create()} or
 * {@link #builder()}; immutable and thread-safe. With {@code β = 0} the sums factor through running sums of the
 * sentence vectors, so the cost is O(total terms); with {@code β > 0} every pair of sentences is
 * compared, O(n²) for n sentences.
 *
 * @since 0.1.0
 */
public final class PositionalCentralityScorer implements SentenceScorer {
    /** The default weight of the similarity to earlier sentences (later ones weigh +1). */
    public static final double DEFAULT_EARLIER_WEIGHT = -1;
    private static final String WORK = "positional centrality";

    private final double threshold;
    private final double laterWeight;
    private final double earlierWeight;

    private PositionalCentralityScorer(Builder builder) {
        this.threshold = builder.threshold;
        this.laterWeight = builder.laterWeight;
        this.earlierWeight = builder.earlierWeight;
    }

    /** @return the scorer with the defaults: β = 0, later weight 1, earlier weight −1 (tuned on CNN/DM dev) */
    public static PositionalCentralityScorer create() {
        return builder().build();
    }

    /** @return a builder starting from the defaults: β = 0, later weight 1, earlier weight −1 */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SentenceScores score(Article article, ScoringContext context) {
        int n = article.sentences().size();
        if (n == 0) {
            return SentenceScores.empty();
        }
        UnitVectors vectors = UnitVectors.tfIdf(article);
        double[] later = new double[n];
        double[] earlier = new double[n];
        if (threshold == 0) {
            runningSums(vectors, later, earlier);
        } else {
            pairwiseSums(vectors, later, earlier);
        }
        return SentenceScores.of(n, i -> laterWeight * later[i] + earlierWeight * earlier[i]);
    }

    /** Σ_{j>i} v_i·v_j = v_i · (Σ_{j>i} v_j), and the same for j < i. */
    private static void runningSums(UnitVectors vectors, double[] later, double[] earlier) {
        int n = vectors.size();
        double[] sum = new double[vectors.dimension()];
        for (int i = n - 1; i >= 0; i--) {
            later[i] = vectors.dot(i, sum);
            vectors.addTo(i, sum);
        }
        java.util.Arrays.fill(sum, 0);
        for (int i = 0; i < n; i++) {
            earlier[i] = vectors.dot(i, sum);
            vectors.addTo(i, sum);
        }
    }

    private void pairwiseSums(UnitVectors vectors, double[] later, double[] earlier) {
        int n = vectors.size();
        double max = 0;
        for (int i = 0; i < n; i++) {
            Interruption.check(WORK); // O(n²) with a threshold: check every row
            for (int j = i + 1; j < n; j++) {
                max = Math.max(max, vectors.dot(i, j));
            }
        }
        double cut = threshold * max;
        for (int i = 0; i < n; i++) {
            Interruption.check(WORK);
            for (int j = i + 1; j < n; j++) {
                double edge = Math.max(0, vectors.dot(i, j) - cut);
                later[i] += edge;
                earlier[j] += edge;
            }
        }
    }

    @Override
    public String toString() {
        return "positional-centrality[β=" + threshold + ", later=" + laterWeight + ", earlier=" + earlierWeight + "]";
    }

    /** Configures a {@link PositionalCentralityScorer}. Not thread-safe; the scorers it builds are. */
    public static final class Builder {
        private double threshold;
        private double laterWeight = 1;
        private double earlierWeight = DEFAULT_EARLIER_WEIGHT;

        private Builder() {
        }

        /**
         * @param threshold β, the share of the article's largest similarity subtracted from every
         *     edge, in [0, 1); default 0
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder threshold(double threshold) {
            this.threshold = Settings.threshold(threshold);
            return this;
        }

        /**
         * @param laterWeight the weight of similarity to later sentences, finite; default 1
         * @return this builder
         * @throws IllegalArgumentException if not finite
         */
        public Builder laterWeight(double laterWeight) {
            this.laterWeight = finite("laterWeight", laterWeight);
            return this;
        }

        /**
         * @param earlierWeight the weight of similarity to earlier sentences, finite; default −1
         * @return this builder
         * @throws IllegalArgumentException if not finite
         */
        public Builder earlierWeight(double earlierWeight) {
            this.earlierWeight = finite("earlierWeight", earlierWeight);
            return this;
        }

        /** @return the scorer */
        public PositionalCentralityScorer build() {
            return new PositionalCentralityScorer(this);
        }

        static double finite(String name, double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(name + " must be finite, was " + value);
            }
            return value;
        }
    }
}

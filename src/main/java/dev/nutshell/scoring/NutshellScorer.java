package dev.nutshell.scoring;

import dev.nutshell.article.Article;

/**
 * Nutshell's default ranking: lead-aware centrality for short summaries, coverage for long ones.
 *
 * <p>Two rankings are blended by the share of the article the summary takes,
 * {@code r = summarySentences / N}:
 * <ul>
 *   <li><b>lead-aware</b>, for short summaries: {@link PositionalCentralityScorer} divided by its
 *   maximum magnitude (so into [−1, 1]), plus a position prior {@code positionWeight / (1 + i)} and a
 *   length prior {@code lengthWeight × min(1, terms / lengthSaturation)}, the sum divided again by
 *   its maximum magnitude. News puts the story in its first sentences (the "inverted pyramid"),
 *   which is why Lead-3 is so hard to beat on CNN/DailyMail; directed centrality and the priors
 *   pick among the early sentences and bring in a later one when it is more central.</li>
 *   <li><b>coverage</b>, for long summaries: {@link TextRankScorer} divided by its maximum
 *   magnitude (so into [0, 1], TextRank's scores being positive). Once a summary
 *   takes a large part of the article, position stops helping: on the BBC dev set (summaries of
 *   about 45% of the article), forcing the first three sentences in costs 5 ROUGE-1 points.</li>
 * </ul>
 * The score is {@code α × leadAware + (1 − α) × coverage} with {@code α = 1} up to
 * {@code r = shortShare}, {@code α = 0} from {@code r = longShare}, linear between. The defaults
 * (shares 0.1 and 0.4, position weight 0.7, length weight 0.4 saturating at 15 terms, centrality
 * weights +1 later / −1 earlier, β = 0) come from a grid search on the CNN/DailyMail and BBC dev
 * sets, and cross-validated tuning found no setting significantly better on documents it had not
 * seen; see {@code docs/quality.md} in the repository.
 *
 * <p>With a focus in the context (a query or a title), every sentence gets a bonus of
 * {@code focusWeight × rel(s) / max rel}, its relevance to the focus (Otterbacher et al. 2005,
 * see {@code FocusRelevance}) relative to the most relevant sentence's: the summary leans towards
 * what the focus names while centrality and position still count. A focus that no sentence
 * shares a term with gives the generic summary.
 *
 * <p>The summary's length comes from the {@link ScoringContext}, which this scorer passes on to the
 * two scorers it blends. Built with {@link #create()} or {@link #builder()}; immutable and
 * thread-safe. Cost: that of the two scorers, O(total terms × iterations).
 *
 * @since 0.1.0
 */
public final class NutshellScorer implements SentenceScorer {
    /** The default weight of the position prior {@code 1 / (1 + i)}. */
    public static final double DEFAULT_POSITION_WEIGHT = 0.7;
    /** The default weight of the length prior. */
    public static final double DEFAULT_LENGTH_WEIGHT = 0.4;
    /** The default summary share up to which the ranking is fully lead-aware. */
    public static final double DEFAULT_SHORT_SHARE = 0.1;
    /** The default summary share from which the ranking is fully coverage (TextRank). */
    public static final double DEFAULT_LONG_SHARE = 0.4;
    /**
     * The default weight of the focus bonus, when the context has a focus: as much as the whole
     * range of the generic score, so that an explicit query brings in the sentences that answer it.
     */
    public static final double DEFAULT_FOCUS_WEIGHT = 1;

    private final PositionalCentralityScorer centrality;
    private final SentenceScorer coverage;
    private final double positionWeight;
    private final double lengthWeight;
    private final double lengthSaturation;
    private final double shortShare;
    private final double longShare;
    private final double focusWeight;

    private NutshellScorer(Builder builder) {
        this.centrality = builder.centrality;
        this.coverage = builder.coverage;
        this.positionWeight = builder.positionWeight;
        this.lengthWeight = builder.lengthWeight;
        this.lengthSaturation = builder.lengthSaturation;
        this.shortShare = builder.shortShare;
        this.longShare = builder.longShare;
        this.focusWeight = builder.focusWeight;
    }

    /** @return the scorer with the tuned defaults */
    public static NutshellScorer create() {
        return builder().build();
    }

    /** @return a builder starting from the tuned defaults */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SentenceScores score(Article article, ScoringContext context) {
        int n = article.sentences().size();
        if (n == 0) {
            return SentenceScores.empty();
        }
        double share = (double) context.summarySentences() / n;
        double leadShare = Math.max(0, Math.min(1, (longShare - share) / (longShare - shortShare)));
        double[] leadAware = leadShare > 0 ? leadAware(article, context) : new double[n];
        double[] covered = leadShare < 1 ? scaled(coverage.score(article, context)) : new double[n];
        if (context.focusTerms().isEmpty() || focusWeight == 0) {
            return SentenceScores.of(n, i -> leadShare * leadAware[i] + (1 - leadShare) * covered[i]);
        }
        double[] focused = focus(article, context);
        return SentenceScores.of(n, i -> leadShare * leadAware[i] + (1 - leadShare) * covered[i] + focused[i]);
    }

    /**
     * The focus bonus of every sentence: {@code focusWeight × rel(s) / max rel}, with {@link
     * FocusRelevance}'s relevance; all zero without a focus or when no sentence shares a focus term,
     * so that such a summary is the generic one.
     */
    private double[] focus(Article article, ScoringContext context) {
        int n = article.sentences().size();
        double[] relevance = FocusRelevance.of(article, context.focusTerms());
        double largest = FocusRelevance.maximum(relevance);
        for (int i = 0; i < n; i++) {
            relevance[i] = largest > 0 ? focusWeight * relevance[i] / largest : 0;
        }
        return relevance;
    }

    private double[] leadAware(Article article, ScoringContext context) {
        double[] central = scaled(centrality.score(article, context));
        for (int i = 0; i < central.length; i++) {
            double length = Math.min(1, article.sentences().get(i).termCount() / lengthSaturation);
            central[i] += positionWeight / (1 + i) + lengthWeight * length;
        }
        return scaled(central);
    }

    private static double[] scaled(SentenceScores scores) {
        double[] values = scores.stream().toArray();
        return scaled(values);
    }

    /** Divides by the maximum magnitude, so values lie in [−1, 1]; all zeros stay zeros. */
    private static double[] scaled(double[] values) {
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, Math.abs(value));
        }
        if (largest > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= largest;
            }
        }
        return values;
    }

    @Override
    public String toString() {
        return "nutshell[" + centrality + ", position=" + positionWeight + ", length=" + lengthWeight + "/"
                + lengthSaturation + ", shares=" + shortShare + ".." + longShare + ", coverage=" + coverage + "]";
    }

    /** Configures a {@link NutshellScorer}. Not thread-safe; the scorers it builds are. */
    public static final class Builder {
        private PositionalCentralityScorer centrality = PositionalCentralityScorer.create();
        private SentenceScorer coverage = TextRankScorer.create();
        private double positionWeight = DEFAULT_POSITION_WEIGHT;
        private double lengthWeight = DEFAULT_LENGTH_WEIGHT;
        private double lengthSaturation = 15;
        private double shortShare = DEFAULT_SHORT_SHARE;
        private double longShare = DEFAULT_LONG_SHARE;
        private double focusWeight = DEFAULT_FOCUS_WEIGHT;

        private Builder() {
        }

        /**
         * @param focusWeight the weight of the focus bonus {@code rel(s) / max rel} added to a
         *     sentence's score (which lies in [−1, 1]) when the context has a focus, {@code >= 0};
         *     0 ignores the focus; default 1
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder focusWeight(double focusWeight) {
            this.focusWeight = nonNegative("focusWeight", focusWeight);
            return this;
        }

        /**
         * @param centrality the directed centrality of the lead-aware ranking
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder centrality(PositionalCentralityScorer centrality) {
            this.centrality = java.util.Objects.requireNonNull(centrality, "centrality");
            return this;
        }

        /**
         * @param coverage the ranking for long summaries; default TextRank
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder coverage(SentenceScorer coverage) {
            this.coverage = java.util.Objects.requireNonNull(coverage, "coverage");
            return this;
        }

        /**
         * @param positionWeight the weight of {@code 1 / (1 + i)}, {@code >= 0}; default 0.7
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder positionWeight(double positionWeight) {
            this.positionWeight = nonNegative("positionWeight", positionWeight);
            return this;
        }

        /**
         * @param lengthWeight the weight of the length prior, {@code >= 0}; default 0.4
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder lengthWeight(double lengthWeight) {
            this.lengthWeight = nonNegative("lengthWeight", lengthWeight);
            return this;
        }

        /**
         * @param lengthSaturation the number of terms from which a sentence gets the full length
         *     prior, {@code > 0}; default 15
         * @return this builder
         * @throws IllegalArgumentException if not positive and finite
         */
        public Builder lengthSaturation(double lengthSaturation) {
            if (!(lengthSaturation > 0 && Double.isFinite(lengthSaturation))) {
                throw new IllegalArgumentException("lengthSaturation must be > 0 and finite, was " + lengthSaturation);
            }
            this.lengthSaturation = lengthSaturation;
            return this;
        }

        /**
         * @param shortShare up to this share of the article the ranking is fully lead-aware
         * @param longShare from this share of the article the ranking is fully coverage
         * @return this builder
         * @throws IllegalArgumentException unless {@code 0 <= shortShare < longShare <= 1}
         */
        public Builder shares(double shortShare, double longShare) {
            if (!(shortShare >= 0 && shortShare < longShare && longShare <= 1)) {
                throw new IllegalArgumentException("shares must satisfy 0 <= short < long <= 1, were "
                        + shortShare + " and " + longShare);
            }
            this.shortShare = shortShare;
            this.longShare = longShare;
            return this;
        }

        /** @return the scorer */
        public NutshellScorer build() {
            return new NutshellScorer(this);
        }

        private static double nonNegative(String name, double value) {
            if (!(value >= 0 && Double.isFinite(value))) {
                throw new IllegalArgumentException(name + " must be >= 0 and finite, was " + value);
            }
            return value;
        }
    }
}

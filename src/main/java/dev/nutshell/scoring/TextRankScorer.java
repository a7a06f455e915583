package dev.nutshell.scoring;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.internal.CosineSimilarity;
import dev.nutshell.internal.PageRank;
import dev.nutshell.internal.SimilarityOperator;
import dev.nutshell.internal.WordOverlapSimilarity;
import java.util.List;
import java.util.Objects;

/**
 * TextRank (Mihalcea and Tarau 2004, "TextRank: Bringing Order into Texts", section 4): sentences
 * are the nodes of an undirected graph weighted by their similarity, and a sentence's score is its
 * weighted PageRank, computed by power iteration with damping, a tolerance and an iteration cap.
 *
 * <p>Similarity is the paper's normalised term overlap by default ({@link Similarity#WORD_OVERLAP}),
 * or the cosine of TF-IDF vectors ({@link Similarity#TFIDF_COSINE}). A sentence similar to no other
 * (no shared term) scores {@code 1 - d}; identical sentences are ordinary neighbours.
 *
 * <p>The scores do not depend on the {@link ScoringContext}. Built with {@link #create()} or
 * {@link #builder()}; immutable and thread-safe. One score computation costs O(I × P) for I iterations (at most
 * {@link Builder#maxIterations(int)}) and P occurrences of terms shared between sentences: linear,
 * not quadratic, in the article's length, whatever the sentences. For word overlap a product costs
 * at most 66 multiply-adds per shared-term occurrence: terms shared by sentences of more than 64
 * distinct lengths go through a separable approximation of the length weight, within a relative
 * 3.2 × 10⁻¹¹ of it (see {@link WordOverlapSimilarity}); articles whose terms stay below that,
 * ordinary prose, get the exact weights.
 *
 * @since 0.1.0
 */
public final class TextRankScorer implements SentenceScorer {

    /** How two sentences' similarity is measured. */
    public enum Similarity {
        /** Shared distinct terms over {@code ln |S_i| + ln |S_j|} (the paper's equation 3). */
        WORD_OVERLAP,
        /**
         * Cosine of the sentences' TF-IDF vectors, {@code tf} counted in the sentence and
         * {@code idf(t) = 1 + ln(N / sf(t))} over the article's N sentences.
         */
        TFIDF_COSINE
    }

    private final Similarity similarity;
    private final double damping;
    private final double tolerance;
    private final int maxIterations;

    private TextRankScorer(Builder builder) {
        this.similarity = builder.similarity;
        this.damping = builder.damping;
        this.tolerance = builder.tolerance;
        this.maxIterations = builder.maxIterations;
    }

    /** @return a TextRank scorer with the paper's settings: word overlap, d = 0.85 */
    public static TextRankScorer create() {
        return builder().build();
    }

    /** @return a builder starting from the paper's settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SentenceScores score(Article article, ScoringContext context) {
        List<Sentence> sentences = article.sentences();
        if (sentences.isEmpty()) {
            return SentenceScores.empty();
        }
        double[] scores = PageRank.weighted(graph(article), damping, tolerance, maxIterations);
        return SentenceScores.of(scores.length, index -> scores[index]);
    }

    private SimilarityOperator graph(Article article) {
        List<Sentence> sentences = article.sentences();
        int n = sentences.size();
        int[][] distinctTerms = new int[n][];
        for (int i = 0; i < n; i++) {
            distinctTerms[i] = distinctTerms(sentences.get(i));
        }
        if (similarity == Similarity.WORD_OVERLAP) {
            int[] lengths = new int[n];
            for (int i = 0; i < n; i++) {
                lengths[i] = sentences.get(i).termCount();
            }
            return new WordOverlapSimilarity(distinctTerms, lengths, article.vocabularySize());
        }
        double[] idf = InverseSentenceFrequency.of(article);
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            Sentence sentence = sentences.get(i);
            weights[i] = new double[sentence.distinctTermCount()];
            for (int k = 0; k < weights[i].length; k++) {
                weights[i][k] = sentence.termFrequencyAt(k) * idf[sentence.distinctTermAt(k)];
            }
        }
        return new CosineSimilarity(distinctTerms, weights, article.vocabularySize());
    }

    private static int[] distinctTerms(Sentence sentence) {
        int[] terms = new int[sentence.distinctTermCount()];
        for (int k = 0; k < terms.length; k++) {
            terms[k] = sentence.distinctTermAt(k);
        }
        return terms;
    }

    @Override
    public String toString() {
        return "textrank[" + similarity + ", d=" + damping + ", tolerance=" + tolerance
                + ", maxIterations=" + maxIterations + "]";
    }

    /** Configures a {@link TextRankScorer}. Not thread-safe; the scorers it builds are. */
    public static final class Builder {
        private Similarity similarity = Similarity.WORD_OVERLAP;
        private double damping = 0.85;
        private double tolerance = 1e-6;
        private int maxIterations = 100;

        private Builder() {
        }

        /**
         * @param similarity how sentence similarity is measured; default {@link Similarity#WORD_OVERLAP}
         * @return this builder
         * @throws NullPointerException if {@code similarity} is null
         */
        public Builder similarity(Similarity similarity) {
            this.similarity = Objects.requireNonNull(similarity, "similarity");
            return this;
        }

        /**
         * @param damping the damping factor d, in (0, 1); default 0.85 as in the paper
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder damping(double damping) {
            this.damping = Settings.damping(damping);
            return this;
        }

        /**
         * @param tolerance iteration stops once no score changes by this much; {@code > 0}, default 1e-6
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

        /** @return the scorer */
        public TextRankScorer build() {
            return new TextRankScorer(this);
        }
    }
}

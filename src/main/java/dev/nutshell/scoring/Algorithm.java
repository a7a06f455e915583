package dev.nutshell.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A summarization algorithm: a name, a {@link SentenceScorer}, and the redundancy penalty its
 * selection uses by default (λ of maximal marginal relevance, see {@code
 * Summarizer.Builder.redundancy}). The one value that says what a name means, so that a name
 * behaves the same however it is chosen: {@code Summarizer.builder().algorithm("nutshell")},
 * {@code .algorithm(Algorithm.NUTSHELL)} and {@code --algorithm nutshell} on the command line all
 * give this scorer with this penalty.
 *
 * <p>The built-in algorithms, the one list of them (the command line's help and error messages
 * take their names from {@link #names()}):
 * <table>
 *   <caption>Built-in algorithms</caption>
 *   <tr><th>name</th><th>scorer</th><th>redundancy</th></tr>
 *   <tr><td>{@code nutshell} (the default, {@link #NUTSHELL})</td><td>{@link NutshellScorer}:
 *       lead-aware directed centrality for short summaries, TextRank for long ones</td><td>0.2</td></tr>
 *   <tr><td>{@code lead} ({@link #LEAD})</td><td>{@link LeadScorer}: the first sentences, the
 *       Lead-3 baseline</td><td>0</td></tr>
 *   <tr><td>{@code tfidf} ({@link #TFIDF})</td><td>{@link TfIdfScorer}: mean TF-IDF weight of a
 *       sentence's terms</td><td>0</td></tr>
 *   <tr><td>{@code textrank} ({@link #TEXTRANK})</td><td>{@link TextRankScorer} with
 *       word-overlap similarity (Mihalcea and Tarau 2004)</td><td>0</td></tr>
 *   <tr><td>{@code textrank-tfidf} ({@link #TEXTRANK_TFIDF})</td><td>{@link TextRankScorer} with
 *       TF-IDF cosine similarity</td><td>0</td></tr>
 *   <tr><td>{@code lexrank} ({@link #LEXRANK})</td><td>{@link LexRankScorer} (Erkan and Radev
 *       2004)</td><td>0</td></tr>
 *   <tr><td>{@code pacsum} ({@link #PACSUM})</td><td>{@link PositionalCentralityScorer}: directed
 *       centrality alone, after Zheng and Lapata 2019</td><td>0</td></tr>
 * </table>
 * Each scorer has its default settings. All but {@code nutshell} select without a redundancy
 * penalty, so that they stay the published algorithms ({@code lead} is exactly Lead-3); the
 * penalty of {@code nutshell} comes from the grid search on the dev sets ({@code docs/quality.md}, "Tuning").
 *
 * <p>Your own: {@link #of(String, SentenceScorer, double)}. {@link #named(String)} finds built-ins
 * only.
 *
 * <p>Immutable and thread-safe, as are the built-in scorers.
 *
 * @since 0.1.0
 */
public final class Algorithm {
    /** The name of the algorithm a {@code Summarizer} uses unless told otherwise, {@link #NUTSHELL}'s. */
    public static final String DEFAULT_NAME = "nutshell";

    /** The default: {@link NutshellScorer} with a redundancy penalty of 0.2. */
    public static final Algorithm NUTSHELL = new Algorithm(DEFAULT_NAME, NutshellScorer.create(), 0.2);
    /** {@code lead}: {@link LeadScorer}, no redundancy penalty. */
    public static final Algorithm LEAD = new Algorithm("lead", LeadScorer.create(), 0);
    /** {@code tfidf}: {@link TfIdfScorer}, no redundancy penalty. */
    public static final Algorithm TFIDF = new Algorithm("tfidf", TfIdfScorer.create(), 0);
    /** {@code textrank}: {@link TextRankScorer} with word-overlap similarity, no redundancy penalty. */
    public static final Algorithm TEXTRANK = new Algorithm("textrank", TextRankScorer.create(), 0);
    /** {@code textrank-tfidf}: {@link TextRankScorer} with TF-IDF cosine similarity, no redundancy penalty. */
    public static final Algorithm TEXTRANK_TFIDF = new Algorithm("textrank-tfidf",
            TextRankScorer.builder().similarity(TextRankScorer.Similarity.TFIDF_COSINE).build(), 0);
    /** {@code lexrank}: {@link LexRankScorer}, no redundancy penalty. */
    public static final Algorithm LEXRANK = new Algorithm("lexrank", LexRankScorer.create(), 0);
    /** {@code pacsum}: {@link PositionalCentralityScorer}, no redundancy penalty. */
    public static final Algorithm PACSUM = new Algorithm("pacsum", PositionalCentralityScorer.create(), 0);

    /** Sorted by name. */
    private static final List<Algorithm> BUILT_IN = List.of(LEAD, LEXRANK, NUTSHELL, PACSUM, TEXTRANK, TEXTRANK_TFIDF, TFIDF);
    private static final List<String> NAMES = BUILT_IN.stream().map(Algorithm::name).toList();

    private final String name;
    private final SentenceScorer scorer;
    private final double redundancy;

    private Algorithm(String name, SentenceScorer scorer, double redundancy) {
        this.name = name;
        this.scorer = scorer;
        this.redundancy = redundancy;
    }

    /**
     * An algorithm of your own.
     *
     * @param name what to call it, in messages and {@code toString}; not blank. It need not differ
     *     from a built-in name, but {@link #named(String)} never returns it.
     * @param scorer how it rates sentences
     * @param redundancy the redundancy penalty its selection uses by default, λ in [0, 1)
     * @return the algorithm
     * @throws NullPointerException if {@code name} or {@code scorer} is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code redundancy} is out of range
     */
    public static Algorithm of(String name, SentenceScorer scorer, double redundancy) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scorer, "scorer");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
        }
        if (!(redundancy >= 0 && redundancy < 1)) {
            throw new IllegalArgumentException("redundancy must be in [0, 1), was " + redundancy);
        }
        return new Algorithm(name, scorer, redundancy);
    }

    /**
     * The built-in algorithm of that name.
     *
     * @param name a name from {@link #names()}, case-insensitive
     * @return the built-in algorithm, one of this class's constants
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if no built-in algorithm has that name; the message lists the names
     */
    public static Algorithm named(String name) {
        Objects.requireNonNull(name, "name");
        String key = name.toLowerCase(Locale.ROOT);
        for (Algorithm algorithm : BUILT_IN) {
            if (algorithm.name.equals(key)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + name + "', expected one of " + String.join(", ", NAMES));
    }

    /** @return the built-in algorithms, sorted by name; unmodifiable */
    public static List<Algorithm> builtIns() {
        return BUILT_IN;
    }

    /** @return the names of the built-in algorithms, sorted; unmodifiable */
    public static List<String> names() {
        return NAMES;
    }

    /** @return the name, never blank; lower case for the built-ins */
    public String name() {
        return name;
    }

    /** @return how the algorithm rates sentences */
    public SentenceScorer scorer() {
        return scorer;
    }

    /** @return the redundancy penalty its selection uses unless the summarizer is told otherwise, in [0, 1) */
    public double redundancy() {
        return redundancy;
    }

    /**
     * Algorithms are equal when their names, scorers ({@code equals}, which for most scorers is
     * identity) and redundancy penalties are.
     *
     * @param other any object
     * @return whether it is an equal algorithm
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Algorithm algorithm && name.equals(algorithm.name) && scorer.equals(algorithm.scorer)
                && Double.compare(redundancy, algorithm.redundancy) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, scorer, redundancy);
    }

    @Override
    public String toString() {
        return name + "[" + scorer + ", redundancy=" + redundancy + "]";
    }
}

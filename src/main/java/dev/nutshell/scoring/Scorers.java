package dev.nutshell.scoring;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The built-in algorithms by name, as the command line and configuration files refer to them,
 * each a scorer plus the redundancy penalty its selection uses by default.
 *
 * <ul>
 *   <li>{@code nutshell} (the default): {@link NutshellScorer}, with redundancy penalty
 *   {@value #NUTSHELL_REDUNDANCY};</li>
 *   <li>{@code lead}: {@link LeadScorer}, the first sentences;</li>
 *   <li>{@code tfidf}: {@link TfIdfScorer};</li>
 *   <li>{@code textrank}: {@link TextRankScorer} with word-overlap similarity;</li>
 *   <li>{@code textrank-tfidf}: {@link TextRankScorer} with TF-IDF cosine similarity;</li>
 *   <li>{@code lexrank}: {@link LexRankScorer};</li>
 *   <li>{@code pacsum}: {@link PositionalCentralityScorer}, directed centrality alone.</li>
 * </ul>
 * All but {@code nutshell} select without a redundancy penalty, so that they stay the published
 * algorithms (Lead-3 is the first three sentences).
 *
 * <p>Thread-safe; the scorers returned are shared immutable instances.
 *
 * @since 0.1.0
 */
public final class Scorers {
    /** The name of the algorithm a {@code Summarizer} uses unless told otherwise. */
    public static final String DEFAULT_ALGORITHM = "nutshell";

    /** The redundancy penalty of the {@code nutshell} algorithm's selection (maximal marginal relevance). */
    public static final double NUTSHELL_REDUNDANCY = 0.2;

    private static final SortedMap<String, SentenceScorer> BY_NAME = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            "nutshell", NutshellScorer.create(),
            "lead", new LeadScorer(),
            "tfidf", new TfIdfScorer(),
            "textrank", TextRankScorer.create(),
            "textrank-tfidf", TextRankScorer.builder().similarity(TextRankScorer.Similarity.TFIDF_COSINE).build(),
            "lexrank", LexRankScorer.builder().build(),
            "pacsum", PositionalCentralityScorer.builder().build())));

    private Scorers() {
    }

    /** @return the names of the built-in algorithms, sorted */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    /**
     * @param name an algorithm name from {@link #names()}, case-insensitive
     * @return its scorer
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if no algorithm has that name; the message lists the names
     */
    public static SentenceScorer named(String name) {
        Objects.requireNonNull(name, "name");
        SentenceScorer scorer = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (scorer == null) {
            throw new IllegalArgumentException("unknown algorithm '" + name + "', expected one of " + String.join(", ", names()));
        }
        return scorer;
    }

    /**
     * @param name an algorithm name from {@link #names()}, case-insensitive
     * @return the redundancy penalty its selection uses by default, in [0, 1)
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if no algorithm has that name
     */
    public static double defaultRedundancy(String name) {
        named(name);
        return DEFAULT_ALGORITHM.equals(name.toLowerCase(Locale.ROOT)) ? NUTSHELL_REDUNDANCY : 0;
    }
}

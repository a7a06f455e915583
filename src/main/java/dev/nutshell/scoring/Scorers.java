package dev.nutshell.scoring;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The built-in scorers by name, as the command line and configuration files refer to them.
 *
 * <ul>
 *   <li>{@code lead}: {@link LeadScorer}, the first sentences;</li>
 *   <li>{@code tfidf}: {@link TfIdfScorer};</li>
 *   <li>{@code textrank}: {@link TextRankScorer} with word-overlap similarity;</li>
 *   <li>{@code textrank-tfidf}: {@link TextRankScorer} with TF-IDF cosine similarity.</li>
 * </ul>
 *
 * <p>Thread-safe; the scorers returned are shared immutable instances.
 *
 * @since 0.1.0
 */
public final class Scorers {
    /** The name of the algorithm a {@code Summarizer} uses unless told otherwise. */
    public static final String DEFAULT_ALGORITHM = "textrank";

    private static final SortedMap<String, SentenceScorer> BY_NAME = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            "lead", new LeadScorer(),
            "tfidf", new TfIdfScorer(),
            "textrank", TextRankScorer.create(),
            "textrank-tfidf", TextRankScorer.builder().similarity(TextRankScorer.Similarity.TFIDF_COSINE).build())));

    private Scorers() {
    }

    /** @return the names of the built-in scorers, sorted */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    /**
     * @param name a scorer name from {@link #names()}, case-insensitive
     * @return that scorer
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if no scorer has that name; the message lists the names
     */
    public static SentenceScorer named(String name) {
        Objects.requireNonNull(name, "name");
        SentenceScorer scorer = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (scorer == null) {
            throw new IllegalArgumentException("unknown algorithm '" + name + "', expected one of " + String.join(", ", names()));
        }
        return scorer;
    }
}

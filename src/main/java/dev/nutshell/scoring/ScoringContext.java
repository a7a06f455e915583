package dev.nutshell.scoring;

/**
 * What a scorer is told about the summary it scores for, besides the article: for now, about how
 * many sentences the summary will have.
 *
 * <p>It is an argument of the one method of {@link SentenceScorer}, so that a scorer wrapping
 * another (a lambda, a decorator) cannot help passing it on: a ranking that depends on the
 * summary's length, such as {@link NutshellScorer}'s, behaves the same wrapped or not. More may be
 * added here later (a query or title to focus on, for instance), through new factory and
 * {@code with} methods that leave existing callers unchanged.
 *
 * <p>Immutable and thread-safe; a value: two contexts with the same contents are equal.
 *
 * @since 0.1.0
 */
public final class ScoringContext {
    private final int summarySentences;

    private ScoringContext(int summarySentences) {
        this.summarySentences = summarySentences;
    }

    /**
     * The context of a summary of about {@code summarySentences} sentences. For a word or
     * character budget, the summarizer passes how many sentences of the article's mean length fit.
     *
     * @param summarySentences about how many sentences the summary will have, {@code >= 1}; it may
     *     exceed the article's sentence count
     * @return the context
     * @throws IllegalArgumentException if {@code summarySentences < 1}
     */
    public static ScoringContext ofSummarySentences(int summarySentences) {
        if (summarySentences < 1) {
            throw new IllegalArgumentException("summarySentences must be >= 1, was " + summarySentences);
        }
        return new ScoringContext(summarySentences);
    }

    /** @return about how many sentences the summary will have, {@code >= 1} */
    public int summarySentences() {
        return summarySentences;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoringContext context && summarySentences == context.summarySentences;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(summarySentences);
    }

    @Override
    public String toString() {
        return "ScoringContext[summarySentences=" + summarySentences + "]";
    }
}

package dev.nutshell.scoring;

import java.util.List;
import java.util.Objects;

/**
 * What a scorer is told about the summary it scores for, besides the article: about how many
 * sentences the summary will have, and the terms of what the summary should focus on (a query or
 * a title), if anything.
 *
 * <p>It is an argument of the one method of {@link SentenceScorer}, so that a scorer wrapping
 * another (a lambda, a decorator) cannot help passing it on: a ranking that depends on the
 * summary's length, such as {@link NutshellScorer}'s, behaves the same wrapped or not. More may be
 * added here later, through new factory and {@code with} methods that leave existing callers
 * unchanged.
 *
 * <p>The focus is given as the article's kind of terms (for English: lower-cased, stemmed, stop
 * words removed), analysed by the same analyzer as the article. {@link NutshellScorer} and {@link
 * LexRankScorer} bias their ranking towards sentences that share the focus's terms; the other
 * built-in scorers ignore it. A focus none of whose terms occurs in the article changes nothing.
 *
 * <p>Immutable and thread-safe; a value: two contexts with the same contents are equal.
 *
 * @since 0.1.0
 */
public final class ScoringContext {
    private final int summarySentences;
    private final List<String> focusTerms;

    private ScoringContext(int summarySentences, List<String> focusTerms) {
        this.summarySentences = summarySentences;
        this.focusTerms = focusTerms;
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
        return new ScoringContext(summarySentences, List.of());
    }

    /**
     * This context with a focus: the summary should favour sentences about these terms.
     *
     * @param focusTerms the focus's normalised terms in text order, repetitions included; empty for
     *     no focus
     * @return the context with that focus
     * @throws NullPointerException if the list or a term is null
     */
    public ScoringContext withFocusTerms(List<String> focusTerms) {
        return new ScoringContext(summarySentences, List.copyOf(Objects.requireNonNull(focusTerms, "focusTerms")));
    }

    /** @return about how many sentences the summary will have, {@code >= 1} */
    public int summarySentences() {
        return summarySentences;
    }

    /** @return the focus's normalised terms in text order, repetitions included; empty without a focus */
    public List<String> focusTerms() {
        return focusTerms;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoringContext context && summarySentences == context.summarySentences
                && focusTerms.equals(context.focusTerms);
    }

    @Override
    public int hashCode() {
        return 31 * Integer.hashCode(summarySentences) + focusTerms.hashCode();
    }

    @Override
    public String toString() {
        return "ScoringContext[summarySentences=" + summarySentences
                + (focusTerms.isEmpty() ? "" : ", focus=" + focusTerms.size() + " terms") + "]";
    }
}

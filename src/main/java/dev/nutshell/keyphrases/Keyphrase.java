package dev.nutshell.keyphrases;

import java.util.List;
import java.util.Objects;

/**
 * A keyphrase of an article: the phrase as written, its score, and where it occurs.
 *
 * <p>Occurrences are every place the phrase occurs as a candidate, in document order: the same
 * words in the same order up to inflection ({@code "neural network"} and {@code "Neural
 * Networks"} are one phrase). {@code text} is one of them as written, its runs of whitespace made
 * single spaces: the first that neither ends with a possessive {@code 's} nor starts a sentence (so
 * not capitalised only for being first), else the first without the possessive, else the first
 * that does not start a sentence, else the first; a possessive {@code 's} at its end is left out
 * ({@code "Hurricane Gilbert"}, not {@code "Hurricane Gilbert's"}).
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param text the phrase as written, whitespace runs made one space; never blank
 * @param score its score, finite; higher is better. Scores compare keyphrases of one article, not
 *     of different articles.
 * @param occurrences every occurrence, in document order, at least one
 * @since 0.1.0
 */
public record Keyphrase(String text, double score, List<Occurrence> occurrences) {

    /**
     * @param text the phrase as written
     * @param score its score, finite
     * @param occurrences where it occurs, copied
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code text} is blank, the score is not finite, or there
     *     is no occurrence
     */
    public Keyphrase {
        Objects.requireNonNull(text, "text");
        occurrences = List.copyOf(occurrences);
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite, was " + score);
        }
        if (occurrences.isEmpty()) {
            throw new IllegalArgumentException("a keyphrase occurs at least once");
        }
    }

    /**
     * Where a keyphrase occurs: UTF-16 offsets into the text it was extracted from, so that
     * {@code text.substring(start, end)} is the occurrence verbatim.
     *
     * @param start offset of its first character, {@code >= 0}
     * @param end offset just past its last character, {@code > start}
     * @since 0.1.0
     */
    public record Occurrence(int start, int end) {
        /**
         * @param start offset of the first character, {@code >= 0}
         * @param end offset just past the last character, {@code > start}
         * @throws IllegalArgumentException if {@code start < 0} or {@code end <= start}
         */
        public Occurrence {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("occurrence must satisfy 0 <= start < end, was " + start + ".." + end);
            }
        }
    }
}

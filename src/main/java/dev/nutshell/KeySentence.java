package dev.nutshell;

import java.util.Objects;

/**
 * One sentence of an article with its position and score.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets into the summarized text ({@link
 * Summary#source()}, which is the caller's own string when a {@code String} was summarized), so
 * {@code source.substring(start(), end()).equals(text())} always holds.
 *
 * @param index the sentence's position among the article's sentences, from 0; for pre-split input
 *     the position in the caller's list
 * @param start offset of the sentence's first character, {@code >= 0}
 * @param end offset just past the sentence's last character, {@code >= start}
 * @param score the scorer's score for it, finite; higher is more important, and scores are only
 *     comparable within one summary
 * @param text the sentence, verbatim, never {@code null}
 * @since 0.1.0
 */
public record KeySentence(int index, int start, int end, double score, String text) {

    /**
     * @param index the sentence's position, from 0
     * @param start offset of the first character, {@code >= 0}
     * @param end offset just past the last character
     * @param score the score, finite
     * @param text the sentence, {@code end - start} characters long
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the index or offsets are negative or inconsistent with
     *     the text, or the score is not finite
     */
    public KeySentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException(
                    "inconsistent sentence: index " + index + ", start " + start + ", end " + end
                            + ", text length " + text.length());
        }
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite, was " + score);
        }
    }

    /**
     * A short description for logs and debuggers: the index, offsets, score and the first 40
     * characters of the text, so that a sentence of a megabyte does not print a megabyte. The
     * format may change.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "KeySentence[index=" + index + ", start=" + start + ", end=" + end + ", score=" + score
                + ", text=" + Summary.beginning(text) + "]";
    }
}

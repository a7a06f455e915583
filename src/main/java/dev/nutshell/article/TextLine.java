package dev.nutshell.article;

import java.util.Objects;

/**
 * A line of an article that is not a sentence: a headline, a teaser, a byline, a navigation link.
 * Such lines are kept apart from the article's sentences and are never chosen for a summary.
 *
 * @param start UTF-16 offset of the first character in {@link Article#text()}, {@code >= 0}
 * @param end UTF-16 offset just past the last character, {@code >= start}
 * @param text the line verbatim, without its line break
 * @since 0.1.0
 */
public record TextLine(int start, int end, String text) {
    /**
     * @param start offset of the first character, {@code >= 0}
     * @param end offset just past the last character
     * @param text the line, {@code end - start} characters long
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the offsets do not match the text
     */
    public TextLine {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException(
                    "inconsistent line: start " + start + ", end " + end + ", text length " + text.length());
        }
    }
}

package dev.nutshell.text;

import java.util.Objects;

/**
 * A piece of text as the splitter cut it: a sentence, or a line kept apart from the sentences.
 *
 * @param start UTF-16 offset of the first character in the split text, {@code >= 0}
 * @param end UTF-16 offset just past the last character, {@code >= start}
 * @param text the segment verbatim, {@code source.substring(start, end)}
 * @param kind whether it is a sentence or a line kept apart
 * @since 0.1.0
 */
public record TextSegment(int start, int end, String text, Kind kind) {

    /** What a segment is. */
    public enum Kind {
        /** A sentence of the article's body: a candidate for summaries. */
        SENTENCE,
        /**
         * A standalone line that is not a sentence: a headline, a teaser ("No time to read?"),
         * a byline, navigation ("Next Article"). Never a candidate for summaries.
         */
        LINE
    }

    /**
     * @param start offset of the first character, {@code >= 0}
     * @param end offset just past the last character
     * @param text the segment, {@code end - start} characters long
     * @param kind sentence or line
     * @throws NullPointerException if {@code text} or {@code kind} is null
     * @throws IllegalArgumentException if the offsets do not match the text
     */
    public TextSegment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException(
                    "inconsistent segment: start " + start + ", end " + end + ", text length " + text.length());
        }
    }
}

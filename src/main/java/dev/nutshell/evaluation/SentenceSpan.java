package dev.nutshell.evaluation;

/**
 * A sentence as a half-open span {@code [start, end)} of a paragraph, in UTF-16 code units (Java
 * {@code String} indices), as {@link SplitEvaluation} compares them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start offset of the first character, {@code >= 0}
 * @param end offset just past the last character, {@code >= start}
 * @since 0.1.0
 */
public record SentenceSpan(int start, int end) {
    /**
     * @param start offset of the first character, {@code >= 0}
     * @param end offset just past the last character, {@code >= start}
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public SentenceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a span needs 0 <= start <= end, was [" + start + ", " + end + ")");
        }
    }
}

package dev.nutshell.extraction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PageExtractor} found in one HTML page: the main text and what is known about it.
 *
 * <p>The main text holds the article's paragraphs, sub-headings and list items, each one
 * paragraph, separated by one blank line ({@code "\n\n"}); no paragraph contains a blank line or
 * starts or ends with whitespace. The headline, bylines, datelines, image captions, navigation and
 * every other piece of page furniture are not part of it: the headline, byline and publication date
 * are given apart, where the page says them.
 *
 * <p>Immutable and safe to share between threads. {@link #toString()} is short whatever the text's
 * length.
 *
 * @param title the headline: the page's {@code h1}, {@code og:title} or {@code <title>} without the
 *     site's name; empty if the page has none
 * @param byline the author(s) as the page states them; empty if unknown
 * @param published the publication date or time as the page states it (often ISO 8601); empty if
 *     unknown
 * @param language the page's declared language tag (such as {@code en} or {@code pt-BR}); empty if
 *     it declares none
 * @param text the main text, paragraphs separated by {@code "\n\n"}; empty when the page has no
 *     article
 * @since 0.1.0
 */
public record Page(Optional<String> title, Optional<String> byline, Optional<String> published,
        Optional<String> language, String text) {
    /** The separator between two paragraphs of {@link #text()}. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    private static final int SHOWN_CHARS = 40;

    /**
     * @param title the headline, if known
     * @param byline the author(s), if known
     * @param published the publication date, if known
     * @param language the language tag, if declared
     * @param text the main text
     * @throws NullPointerException if an argument is null
     */
    public Page {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Whether the page had no main text (no article, or no text at all).
     *
     * @return {@code true} if {@link #text()} is empty
     */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /**
     * The paragraphs of the main text, in order. Linear in the text's length.
     *
     * @return the paragraphs, each non-blank; empty if the text is
     */
    public List<String> paragraphs() {
        return text.isEmpty() ? List.of() : List.of(text.split(PARAGRAPH_SEPARATOR, -1));
    }

    /**
     * @return a short description: the title and the text's length and beginning; the format may change
     */
    @Override
    public String toString() {
        String beginning = text;
        if (text.length() > SHOWN_CHARS) {
            int end = Character.isHighSurrogate(text.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
            beginning = text.substring(0, end) + "…";
        }
        return "Page[title=" + title.orElse("") + ", " + text.length() + " characters: \""
                + beginning.replace('\n', ' ') + "\"]";
    }
}

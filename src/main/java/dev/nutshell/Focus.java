package dev.nutshell;

import java.util.Objects;
import java.util.Optional;

/**
 * What a summary should be about: nothing in particular (a generic summary), a query, a title, or
 * the article's own headline.
 *
 * <pre>{@code
 * summarizer.summarize(text, Length.sentences(3), Focus.query("interest rates"));
 * summarizer.summarize(page, Length.sentences(3), Focus.headline());
 * }</pre>
 *
 * <p>The focus text is analysed as the article is (for English: lower-cased, stemmed, stop words
 * removed) and the scorer favours sentences that share its terms, weighted by how rare they are
 * in the article (see {@code ScoringContext}; the default algorithm and {@code lexrank} use a
 * focus, the others ignore it). A query and a title are used alike; they are told apart for
 * whoever reads the code. A focus that shares no term with the article, or a headline focus on an
 * article without a headline, gives the generic summary, never an empty one.
 *
 * <p>Immutable and thread-safe; a value: two foci of the same kind and text are equal.
 *
 * @since 0.1.0
 */
public final class Focus {
    private static final Focus NONE = new Focus(Kind.NONE, null);
    private static final Focus HEADLINE = new Focus(Kind.HEADLINE, null);

    /** The kinds of focus. */
    public enum Kind {
        /** No focus: the generic summary. */
        NONE,
        /** A query, such as a search's: the summary should answer it. */
        QUERY,
        /** A title given by the caller, such as a news story's headline from its page's metadata. */
        TITLE,
        /** The article's own headline, the line the analysis keeps apart before its first sentence. */
        HEADLINE
    }

    private final Kind kind;
    private final String text;

    private Focus(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    /** @return no focus: the generic summary */
    public static Focus none() {
        return NONE;
    }

    /**
     * @param query what the summary should answer, any text; blank gives the generic summary
     * @return a query focus
     * @throws NullPointerException if {@code query} is null
     */
    public static Focus query(String query) {
        return new Focus(Kind.QUERY, Objects.requireNonNull(query, "query"));
    }

    /**
     * @param title the article's title, any text; blank gives the generic summary
     * @return a title focus
     * @throws NullPointerException if {@code title} is null
     */
    public static Focus title(String title) {
        return new Focus(Kind.TITLE, Objects.requireNonNull(title, "title"));
    }

    /**
     * @return a focus on the article's own headline ({@code Article.headline()}), if it has one;
     *     the generic summary otherwise
     */
    public static Focus headline() {
        return HEADLINE;
    }

    /** @return the kind of focus */
    public Kind kind() {
        return kind;
    }

    /** @return the query or title; empty for no focus and for the headline focus */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Focus focus && kind == focus.kind && Objects.equals(text, focus.text);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Objects.hashCode(text);
    }

    /** @return the kind and, for a query or title, its first 40 characters */
    @Override
    public String toString() {
        return "Focus[" + kind + (text == null ? "" : " " + Summary.beginning(text)) + "]";
    }
}

package dev.nutshell;

import dev.nutshell.internal.LineBreaks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of summarizing one article: the chosen sentences in document order, and the score of
 * every candidate sentence of the article.
 *
 * <p>Blank input gives a summary whose two lists are empty; a budget that no sentence fits gives
 * an empty {@code sentences} list but every article sentence. No text appears twice among the
 * chosen sentences (whitespace aside), even if the article repeats it.
 *
 * <p>{@link #toString()} is short whatever the article's length: counts and the beginnings of a
 * few chosen sentences, never the source.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param source the text that offsets refer to: the caller's string, or for pre-split input the
 *     sentences joined with {@code '\n'}
 * @param sentences the chosen sentences, in document order (increasing {@code start})
 * @param articleSentences every candidate sentence of the article with its score, in document
 *     order; the chosen ones are among them. Lines that are not sentences (headlines, bylines,
 *     navigation) are not candidates and appear in neither list.
 * @param headline the article's headline as written (a web page's title for HTML input), or empty
 *     if none was found; never chosen as a sentence. For text input it is a line of {@code source};
 *     for a page it need not be.
 * @param language the ISO 639-1 code of the language the article was analysed as, or empty if its
 *     analyzer did not say (see {@code Article#language()})
 * @since 0.1.0
 */
public record Summary(String source, List<KeySentence> sentences, List<KeySentence> articleSentences,
        Optional<String> headline, Optional<String> language) {
    /** How many chosen sentences {@link #toString()} shows the beginning of. */
    private static final int SHOWN_SENTENCES = 5;
    /** How many characters of a chosen sentence {@link #toString()} shows, at most. */
    private static final int SHOWN_CHARS = 40;

    /**
     * @param source the text that offsets refer to
     * @param sentences the chosen sentences, copied
     * @param articleSentences every candidate sentence, copied
     * @param headline the headline, or empty
     * @param language the language's code, or empty
     * @throws NullPointerException if any argument or element is null
     */
    public Summary {
        Objects.requireNonNull(source, "source");
        sentences = List.copyOf(sentences);
        articleSentences = List.copyOf(articleSentences);
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(language, "language");
    }

    /**
     * A summary that does not say its language (the record's form before 0.2.0).
     *
     * @param source the text that offsets refer to
     * @param sentences the chosen sentences, copied
     * @param articleSentences every candidate sentence, copied
     * @param headline the article's headline, or empty
     * @throws NullPointerException if any argument or element is null
     */
    public Summary(String source, List<KeySentence> sentences, List<KeySentence> articleSentences,
            Optional<String> headline) {
        this(source, sentences, articleSentences, headline, Optional.empty());
    }

    /**
     * A summary without a headline.
     *
     * @param source the text that offsets refer to
     * @param sentences the chosen sentences, copied
     * @param articleSentences every candidate sentence, copied
     * @throws NullPointerException if any argument or element is null
     */
    public Summary(String source, List<KeySentence> sentences, List<KeySentence> articleSentences) {
        this(source, sentences, articleSentences, Optional.empty(), Optional.empty());
    }

    /**
     * Whether no sentence was chosen (blank input, or a budget no sentence fits).
     *
     * @return {@code true} if {@link #sentences()} is empty
     */
    public boolean isEmpty() {
        return sentences.isEmpty();
    }

    /**
     * The summary as one line of text, for display: the chosen sentences in document order joined
     * with single spaces, each sentence's own line breaks (a hard-wrapped paragraph's) turned into
     * spaces. A line break is LF, CR, NEL, U+2028, U+2029, vertical tab or form feed, and a CR LF
     * pair is one; each becomes one space. Everything else is kept verbatim, other whitespace
     * included, so the text is never longer than what a {@link Length#chars(int)} budget counts:
     * the sentences' lengths plus one separator between each two. Use {@link #sentences()} for the
     * sentences verbatim and their offsets.
     *
     * @return the summary on one line, empty if no sentence was chosen
     */
    public String text() {
        return sentences.stream().map(sentence -> LineBreaks.toSpaces(sentence.text())).collect(Collectors.joining(" "));
    }

    /**
     * A short description for logs and debuggers, at most a few hundred characters whatever the
     * source's length: how many sentences were chosen of how many, the source's length, and the
     * index and first 40 characters of each of the first 5 chosen sentences. The format may change.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder description = new StringBuilder("Summary[").append(sentences.size()).append(" of ")
                .append(articleSentences.size()).append(" sentences chosen from ").append(source.length())
                .append(" characters");
        int shown = Math.min(SHOWN_SENTENCES, sentences.size());
        for (int i = 0; i < shown; i++) {
            KeySentence sentence = sentences.get(i);
            description.append(i == 0 ? ": " : ", ").append(sentence.index()).append(' ').append(beginning(sentence.text()));
        }
        if (sentences.size() > shown) {
            description.append(", and ").append(sentences.size() - shown).append(" more");
        }
        return description.append(']').toString();
    }

    /** The first characters of a sentence, quoted, on one line; a surrogate pair is never cut in two. */
    static String beginning(String text) {
        if (text.length() <= SHOWN_CHARS) {
            return '"' + LineBreaks.toSpaces(text) + '"';
        }
        int end = Character.isHighSurrogate(text.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
        return '"' + LineBreaks.toSpaces(text.substring(0, end)) + "…\"";
    }
}

package dev.nutshell;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of summarizing one article: the chosen sentences in document order, and the score of
 * every candidate sentence of the article.
 *
 * <p>Blank input gives a summary whose two lists are empty; a budget that no sentence fits gives
 * an empty {@code sentences} list but every article sentence. No text appears twice among the
 * chosen sentences (whitespace aside), even if the article repeats it.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param source the text that offsets refer to: the caller's string, or for pre-split input the
 *     sentences joined with {@code '\n'}
 * @param sentences the chosen sentences, in document order (increasing {@code start})
 * @param articleSentences every candidate sentence of the article with its score, in document
 *     order; the chosen ones are among them. Lines that are not sentences (headlines, bylines,
 *     navigation) are not candidates and appear in neither list.
 * @since 0.1.0
 */
public record Summary(String source, List<KeySentence> sentences, List<KeySentence> articleSentences) {

    /**
     * @param source the text that offsets refer to
     * @param sentences the chosen sentences, copied
     * @param articleSentences every candidate sentence, copied
     * @throws NullPointerException if any argument or element is null
     */
    public Summary {
        Objects.requireNonNull(source, "source");
        sentences = List.copyOf(sentences);
        articleSentences = List.copyOf(articleSentences);
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
     * The chosen sentences joined with single spaces, for display.
     *
     * @return the summary text, empty if no sentence was chosen
     */
    public String text() {
        return sentences.stream().map(KeySentence::text).collect(Collectors.joining(" "));
    }
}

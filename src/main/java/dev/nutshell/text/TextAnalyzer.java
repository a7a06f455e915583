package dev.nutshell.text;

import dev.nutshell.article.Article;
import java.util.List;

/**
 * Turns text into an analysed {@link Article}: sentence splitting, tokenization, normalisation.
 *
 * <p>Implementations must be immutable and thread-safe: one analyzer is shared by every thread
 * of a summarizer. Every method is linear (or near-linear) in the length of its input.
 *
 * @since 0.1.0
 */
public interface TextAnalyzer {

    /**
     * The English analyzer: OpenNLP sentence detection with Nutshell's boundary rules, word
     * tokenization, English stop words and Snowball stemming. Its models load once, on first use,
     * from the classpath.
     *
     * @return the shared English analyzer
     * @throws IllegalStateException if the bundled models are missing from the classpath
     */
    static TextAnalyzer english() {
        return EnglishTextAnalyzer.shared();
    }

    /**
     * Cuts text into sentences and standalone lines that are not sentences, in document order.
     * Whitespace between segments belongs to no segment.
     *
     * @param text any text, never null
     * @return the segments, empty for blank text
     */
    List<TextSegment> split(String text);

    /**
     * Analyses raw text: its {@link TextSegment.Kind#SENTENCE sentences} become the article's
     * sentences, its other lines the article's lines. Text with lines but no sentence at all (no
     * sentence punctuation anywhere) has its lines taken as sentences instead, so it still yields
     * a summary.
     *
     * @param text any text, never null
     * @return the article over {@code text}
     */
    Article analyze(String text);

    /**
     * Analyses text that the caller has already split: every element is one sentence, kept
     * whole, with index equal to its position in the list. The article's text is the elements
     * joined with {@code '\n'}.
     *
     * @param sentences the sentences, none null (blank ones are allowed and never chosen)
     * @return the article
     */
    Article analyze(List<String> sentences);
}

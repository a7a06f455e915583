package dev.nutshell.text;

import dev.nutshell.article.Article;
import dev.nutshell.article.ArticleWords;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns text into an analysed {@link Article}: sentence splitting, tokenization, normalisation.
 *
 * <p>Implementations must be immutable and thread-safe: one analyzer is shared by every thread
 * of a summarizer. Every method is linear (or near-linear) in the length of its input.
 *
 * <p>Input contract of every method, which the English analyzer keeps and every implementation
 * should: a {@code null} argument or list element throws {@link NullPointerException} naming it;
 * any other {@code String} is accepted and nothing else is thrown (interrupts aside, see below).
 * Empty and blank text gives no segments. Control characters, every script, emoji and invalid
 * UTF-16 (lone surrogates) are kept verbatim: offsets slice the caller's text, and no offset falls
 * between the two halves of a surrogate pair. There is no size limit at this level ({@code Summarizer.Builder.maxInputChars}
 * sets one); the English analyzer needs roughly 20 to 100 bytes of heap per character of input,
 * prose at the low end and millions of tiny sentences at the high end.
 *
 * <p>The English analyzer uses no {@code ThreadLocal}: each call borrows a worker (an OpenNLP
 * sentence detector and a Snowball stemmer with its cache, which are not thread-safe) from a pool
 * of plain objects and gives it back, keeping at most one idle worker per processor. A call that
 * throws anything, an {@link OutOfMemoryError} included, does not give its worker back, so no
 * later call sees what it left half done.
 *
 * <p>Interrupts: the English analyzer checks the thread's interrupt status at every text block,
 * every 64 sentences and before every run of the sentence model, and an interrupted call throws
 * {@link java.util.concurrent.CancellationException}, leaving the interrupt status set. Other
 * implementations should do the same for long inputs.
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
        return StandardTextAnalyzer.shared();
    }

    /**
     * The analyzer of a language: its sentence rules and, where Maven Central serves one, its
     * OpenNLP sentence model (English, German, French: the model artifact must be on the
     * classpath), its stop words and Snowball stemmer; or, for {@code "auto"}, an analyzer that
     * detects each text's language with OpenNLP's language detector (artifact {@code
     * org.apache.opennlp:opennlp-models-langdetect:1.3.0} on the classpath) and falls back to
     * English when the text is too short to tell or in a language Nutshell does not analyse.
     * Analyzers load on first use and are shared.
     *
     * @param code an ISO 639-1 code from {@link #languages()}, or {@code "auto"}; any case
     * @return the shared analyzer of that language
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if the language is not supported, naming those that are
     * @throws IllegalStateException if the language's model is missing from the classpath, naming
     *     the dependency to add
     */
    static TextAnalyzer forLanguage(String code) {
        Objects.requireNonNull(code, "code");
        if (code.equalsIgnoreCase("auto")) {
            return DetectingTextAnalyzer.INSTANCE;
        }
        return StandardTextAnalyzer.forLanguage(code);
    }

    /**
     * The languages {@link #forLanguage(String)} accepts besides {@code "auto"}: en, de, fr, es,
     * it, pt, nl, ru, pl, sv, zh, ja (the last two with basic support: sentences end at 。！？
     * and are ranked on character bigrams).
     *
     * @return their ISO 639-1 codes, immutable
     */
    static List<String> languages() {
        return LanguageProfile.codes();
    }

    /**
     * Detects the language of a text among {@link #languages()} with OpenNLP's language detector,
     * reading at most its first 600 characters (its cost, next to a summary's, is in the benchmarks).
     *
     * @param text any text
     * @return its ISO 639-1 code, or empty if it has fewer than 20 letters or is in a language
     *     Nutshell does not analyse
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalStateException if the detector's model (artifact {@code
     *     org.apache.opennlp:opennlp-models-langdetect:1.3.0}) is missing from the classpath
     */
    static Optional<String> detectLanguage(CharSequence text) {
        return LanguageDetection.detect(Objects.requireNonNull(text, "text"));
    }

    /**
     * The language this analyzer analyses every text as.
     *
     * @return its ISO 639-1 code; empty for an analyzer that decides per text ({@code "auto"}) or
     *     knows no language (the default)
     */
    default Optional<String> language() {
        return Optional.empty();
    }

    /**
     * Cuts text into sentences and standalone lines that are not sentences, in document order.
     * Segments are non-empty, do not overlap, start and end with a character that is not
     * whitespace, and leave out nothing but whitespace.
     *
     * @param text any text, never null
     * @return the segments, empty for blank text
     * @throws NullPointerException if {@code text} is null
     * @throws java.util.concurrent.CancellationException if the thread is interrupted; its
     *     interrupt status stays set
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
     * @throws NullPointerException if {@code text} is null
     * @throws java.util.concurrent.CancellationException if the thread is interrupted; its
     *     interrupt status stays set
     */
    Article analyze(String text);

    /**
     * Analyses text that the caller has already split: every element is one sentence, kept
     * whole, with index equal to its position in the list. The article's text is the elements
     * joined with {@code '\n'}.
     *
     * @param sentences the sentences, none null (blank ones are allowed and never chosen)
     * @return the article
     * @throws NullPointerException if {@code sentences} or one of its elements is null, naming
     *     the element's position ({@code "sentences[3]"})
     * @throws java.util.concurrent.CancellationException if the thread is interrupted; its
     *     interrupt status stays set
     */
    Article analyze(List<String> sentences);

    /**
     * The words of an article's sentences for keyphrase extraction: offsets, normalised keys, stop
     * words and parts of speech (see {@link ArticleWords} for what a word is).
     *
     * <p>This default knows no language: every word's key is the word lower-cased, none is a stop
     * word and none is tagged ({@link ArticleWords#isTagged()} is false), so keyphrases are cut at
     * punctuation only. The English analyzer stems, knows the stop words, and tags with OpenNLP's
     * part-of-speech model, which it loads on the first call (about 1.2 MB of jar, 12 MB of heap)
     * and never for summaries alone; tagging costs a few microseconds per word, far more than
     * {@link #analyze(String)}.
     *
     * @param article an article this analyzer made (the offsets of any article work)
     * @return the words of its sentences, in document order
     * @throws NullPointerException if {@code article} is null
     * @throws java.util.concurrent.CancellationException if the thread is interrupted; its
     *     interrupt status stays set
     */
    default ArticleWords words(Article article) {
        return WordReader.untagged(Objects.requireNonNull(article, "article"));
    }
}

package dev.nutshell.text;

import dev.nutshell.article.Article;
import dev.nutshell.article.ArticleWords;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The analyzer of {@code --language auto}: detects each text's language ({@link
 * LanguageDetection}) and hands the text to that language's analyzer; English when the text is
 * too short to tell or in a language Nutshell does not analyse. The article records the language
 * it was analysed as ({@link Article#language()}).
 *
 * <p>Immutable and thread-safe. Detection reads at most {@value LanguageDetection#MAX_SAMPLE_CHARS}
 * characters per call.
 */
final class DetectingTextAnalyzer implements TextAnalyzer {
    static final DetectingTextAnalyzer INSTANCE = new DetectingTextAnalyzer();
    /** The language of texts whose language cannot be told or is not one of Nutshell's. */
    static final String FALLBACK = "en";

    private DetectingTextAnalyzer() {
    }

    /** The analyzer of the text's language. */
    static StandardTextAnalyzer analyzerFor(CharSequence text) {
        return StandardTextAnalyzer.forLanguage(LanguageDetection.detect(text).orElse(FALLBACK));
    }

    @Override
    public List<TextSegment> split(String text) {
        return analyzerFor(Objects.requireNonNull(text, "text")).split(text);
    }

    @Override
    public Article analyze(String text) {
        return analyzerFor(Objects.requireNonNull(text, "text")).analyze(text);
    }

    @Override
    public Article analyze(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        return analyzerFor(sample(sentences)).analyze(sentences);
    }

    @Override
    public ArticleWords words(Article article) {
        Objects.requireNonNull(article, "article");
        return StandardTextAnalyzer.forLanguage(article.language().orElse(FALLBACK)).words(article);
    }

    /** None: the language is detected per text. */
    @Override
    public Optional<String> language() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "TextAnalyzer[auto]";
    }

    /**
     * The sentences' beginning, joined with newlines, as long as detection reads, without joining
     * all of a long list (a null element reads "null" here and is reported by the analyzer).
     */
    private static String sample(List<String> sentences) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < sentences.size() && joined.length() < LanguageDetection.MAX_SAMPLE_CHARS; i++) {
            joined.append(sentences.get(i)).append('\n');
        }
        return joined.toString();
    }
}

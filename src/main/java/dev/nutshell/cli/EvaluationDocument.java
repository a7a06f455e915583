package dev.nutshell.cli;

import dev.nutshell.Focus;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import dev.nutshell.article.Article;
import dev.nutshell.text.TextAnalyzer;
import java.util.List;

/**
 * One record of the evaluation data, ready to summarize and score: parsed once, before any timing,
 * so that the measured throughput is that of summarization alone.
 *
 * @param id the record's id
 * @param input what to summarize
 * @param length the summary's length
 * @param reference the reference summary's sentences, at least one
 * @param focus what the summary should focus on: the record's title with {@code --title-field}, else none
 */
record EvaluationDocument(String id, Input input, Length length, List<String> reference, Focus focus) {

    /**
     * @param summarizer the summarizer under evaluation
     * @return this document's summary
     */
    Summary summarize(Summarizer summarizer) {
        return input.summarize(summarizer, length, focus);
    }

    /** An article as text to split, or already split into the units to rank. */
    sealed interface Input {
        /**
         * @param summarizer the summarizer under evaluation
         * @param length the summary's length
         * @param focus what the summary should focus on
         * @return the summary
         */
        Summary summarize(Summarizer summarizer, Length length, Focus focus);

        /**
         * @param analyzer the text analysis to apply
         * @return the analysed article, to summarize many times over
         */
        Article analyze(TextAnalyzer analyzer);

        /** @return the length the summarizer's size limit measures, in UTF-16 characters */
        long length();
    }

    /** @param article the article's text, which the summarizer splits into sentences */
    record Text(String article) implements Input {
        @Override
        public Summary summarize(Summarizer summarizer, Length length, Focus focus) {
            return summarizer.summarize(article, length, focus);
        }

        @Override
        public Article analyze(TextAnalyzer analyzer) {
            return analyzer.analyze(article);
        }

        @Override
        public long length() {
            return article.length();
        }
    }

    /** @param sentences the article's units, ranked as they are (the pre-split API) */
    record Units(List<String> sentences) implements Input {
        @Override
        public Summary summarize(Summarizer summarizer, Length length, Focus focus) {
            return summarizer.summarize(sentences, length, focus);
        }

        @Override
        public Article analyze(TextAnalyzer analyzer) {
            return analyzer.analyze(sentences);
        }

        /** The units joined with a line break between each two, as the library measures them. */
        @Override
        public long length() {
            long length = Math.max(0, sentences.size() - 1);
            for (String sentence : sentences) {
                length += sentence.length();
            }
            return length;
        }
    }
}

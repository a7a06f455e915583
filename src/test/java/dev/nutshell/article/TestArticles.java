package dev.nutshell.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds {@link Article}s directly, without the text analysis, for scorer and selector tests. */
public final class TestArticles {

    private TestArticles() {
    }

    /**
     * An article whose sentence {@code i} has exactly the terms {@code terms.get(i)} (in that order,
     * repetitions kept). Its text is each sentence's terms joined by spaces plus a period, sentences
     * separated by one space; an empty term list gives the sentence ".".
     *
     * @param terms the terms of every sentence, in document order
     * @return the article
     */
    public static Article ofTerms(List<List<String>> terms) {
        List<String> texts = new ArrayList<>();
        for (List<String> sentence : terms) {
            texts.add(String.join(" ", sentence) + ".");
        }
        String text = String.join(" ", texts);
        Article.Builder builder = Article.builder(text);
        int start = 0;
        for (int i = 0; i < terms.size(); i++) {
            int end = start + texts.get(i).length();
            builder.addSentence(start, end, terms.get(i), terms.get(i).size());
            start = end + 1;
        }
        return builder.build();
    }

    /** @see #ofTerms(List) */
    @SafeVarargs
    public static Article ofTerms(List<String>... terms) {
        List<List<String>> sentences = new ArrayList<>();
        for (List<String> sentence : terms) {
            sentences.add(sentence);
        }
        return ofTerms(sentences);
    }

    /**
     * An article of the given sentences, verbatim, separated by one space. Terms are the sentence's
     * whitespace-separated words lower-cased with surrounding punctuation removed; the word count is
     * the number of whitespace-separated words.
     *
     * @param sentences the sentences' texts, in document order
     * @return the article
     */
    public static Article ofSentences(String... sentences) {
        String text = String.join(" ", sentences);
        Article.Builder builder = Article.builder(text);
        int start = 0;
        for (String sentence : sentences) {
            int end = start + sentence.length();
            List<String> terms = new ArrayList<>();
            int words = 0;
            for (String word : sentence.split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                words++;
                String term = word.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
                if (!term.isEmpty()) {
                    terms.add(term);
                }
            }
            builder.addSentence(start, end, terms, words);
            start = end + 1;
        }
        return builder.build();
    }
}

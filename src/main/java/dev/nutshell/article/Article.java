package dev.nutshell.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An analysed article: its text, its candidate sentences with their terms, the lines kept apart
 * from the sentences, and the vocabulary of terms with their frequencies.
 *
 * <p>This is what every {@code SentenceScorer} sees. It is independent of how the text was
 * analysed: the text analysis builds it with {@link #builder(String)}, and so can a caller that has
 * its own tokenization.
 *
 * <p>Immutable and safe to share between threads. Accessors are O(1).
 *
 * @since 0.1.0
 */
public final class Article {
    private final String text;
    private final List<Sentence> sentences;
    private final List<TextLine> lines;
    /** The index in {@link #lines} of the line the analysis found to be the headline, or -1. */
    private final int headlineLine;
    private final Optional<String> language;
    private final String[] vocabulary;
    private final int[] sentenceFrequencies;
    private final int[] articleFrequencies;

    private Article(Builder builder) {
        this.text = builder.text;
        this.sentences = List.copyOf(builder.sentences);
        this.lines = List.copyOf(builder.lines);
        this.headlineLine = builder.headlineLine;
        this.language = builder.language;
        this.vocabulary = builder.dictionary.terms();
        this.sentenceFrequencies = Arrays.copyOf(builder.sentenceFrequencies, vocabulary.length);
        this.articleFrequencies = Arrays.copyOf(builder.articleFrequencies, vocabulary.length);
    }

    /**
     * Starts an article over the given text.
     *
     * @param text the full text that sentence and line offsets refer to
     * @return a new builder
     * @throws NullPointerException if {@code text} is null
     */
    public static Builder builder(String text) {
        return new Builder(Objects.requireNonNull(text, "text"));
    }

    /** @return the full text that all offsets refer to */
    public String text() {
        return text;
    }

    /**
     * @return the ISO 639-1 code of the language the text was analysed as ("en", "de"), or empty if
     *     the analysis did not say (an analyzer of its own that never calls {@link
     *     Builder#language(String)})
     */
    public Optional<String> language() {
        return language;
    }

    /** @return the candidate sentences in document order; {@code sentences().get(i).index() == i} */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** @return the lines that are not sentences (headlines, teasers, navigation), in document order */
    public List<TextLine> lines() {
        return lines;
    }

    /**
     * The headline: the line the builder was told is the headline ({@link Builder#addHeadline}),
     * which on a scraped page is the title found above the article body; otherwise the first line
     * kept apart from the sentences, if it comes before every sentence.
     *
     * @return the headline, or empty if there is none
     */
    public Optional<TextLine> headline() {
        if (headlineLine >= 0) {
            return Optional.of(lines.get(headlineLine));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        TextLine first = lines.get(0);
        boolean beforeSentences = sentences.isEmpty() || first.start() < sentences.get(0).start();
        return beforeSentences ? Optional.of(first) : Optional.empty();
    }

    /** @return the number of distinct terms in the article; term ids run from 0 to this minus 1 */
    public int vocabularySize() {
        return vocabulary.length;
    }

    /**
     * @param termId a term id, from 0 to {@code vocabularySize() - 1}
     * @return the normalised term
     * @throws IndexOutOfBoundsException if the id is out of range
     */
    public String term(int termId) {
        return vocabulary[termId];
    }

    /**
     * @param termId a term id, from 0 to {@code vocabularySize() - 1}
     * @return the number of sentences containing the term, {@code >= 1}
     * @throws IndexOutOfBoundsException if the id is out of range
     */
    public int sentenceFrequency(int termId) {
        return sentenceFrequencies[termId];
    }

    /**
     * @param termId a term id, from 0 to {@code vocabularySize() - 1}
     * @return the number of occurrences of the term in all sentences, {@code >= 1}
     * @throws IndexOutOfBoundsException if the id is out of range
     */
    public int articleFrequency(int termId) {
        return articleFrequencies[termId];
    }

    /**
     * Sentence-level inverse document frequency, each sentence being a "document":
     * {@code 1 + ln(N / sentenceFrequency(termId))} for an article of {@code N} sentences. This is
     * Spärck Jones's (1972) logarithmic IDF plus one, so that a term of every sentence still counts
     * a little (the "idf + 1" form of Manning, Raghavan and Schütze 2008, section 6.2.1, as in
     * scikit-learn). Computed with {@code StrictMath}, so the bits are the same on every JVM.
     *
     * @param termId a term id, from 0 to {@code vocabularySize() - 1}
     * @return the IDF, {@code >= 1}
     * @throws IndexOutOfBoundsException if the id is out of range
     */
    public double inverseSentenceFrequency(int termId) {
        return 1 + StrictMath.log((double) sentences.size() / sentenceFrequencies[termId]);
    }

    /**
     * Assembles an {@link Article}; sentences and lines must be added in document order.
     *
     * <p>Not thread-safe; use one builder per article.
     */
    public static final class Builder {
        private final String text;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<TextLine> lines = new ArrayList<>();
        private int headlineLine = -1;
        private Optional<String> language = Optional.empty();
        private final TermDictionary dictionary;
        /** By term id: the number of sentences containing it, and of its occurrences. */
        private int[] sentenceFrequencies = new int[64];
        private int[] articleFrequencies = new int[64];
        /** Scratch for one sentence: occurrences by term id (all zero between sentences), distinct ids. */
        private int[] counts = new int[64];
        private int[] distinct = new int[16];
        private int lastEnd;

        private Builder(String text) {
            this.text = text;
            // News runs at about one distinct term per 16 to 20 characters.
            this.dictionary = new TermDictionary(text.length() / 16);
        }

        /**
         * Adds the next candidate sentence.
         *
         * @param start offset of its first character in the text
         * @param end offset just past its last character
         * @param terms its normalised terms in text order, repetitions included (may be empty)
         * @param wordCount its number of words, {@code >= 0}
         * @return this builder
         * @throws NullPointerException if {@code terms} or one of them is null
         * @throws IllegalArgumentException if the span is outside the text, overlaps or precedes
         *     what was added before, or {@code wordCount < 0}
         */
        public Builder addSentence(int start, int end, List<String> terms, int wordCount) {
            checkSpan(start, end);
            if (wordCount < 0) {
                throw new IllegalArgumentException("wordCount must be >= 0, was " + wordCount);
            }
            for (String term : terms) {
                // Checked before any is interned, so that a rejected sentence leaves no trace.
                Objects.requireNonNull(term, "term");
            }
            int[] ids = new int[terms.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = idOf(terms.get(i));
            }
            sentences.add(sentence(start, end, wordCount, ids));
            lastEnd = end;
            return this;
        }

        /** The sentence with its bag of distinct terms, counted through the scratch array, and the frequencies updated. */
        private Sentence sentence(int start, int end, int wordCount, int[] ids) {
            if (distinct.length < ids.length) {
                distinct = new int[Math.max(ids.length, 2 * distinct.length)];
            }
            int distinctCount = 0;
            for (int id : ids) {
                if (counts[id]++ == 0) {
                    distinct[distinctCount++] = id;
                }
            }
            int[] distinctTerms = Arrays.copyOf(distinct, distinctCount);
            sort(distinctTerms);
            int[] termFrequencies = new int[distinctCount];
            for (int k = 0; k < distinctCount; k++) {
                int id = distinctTerms[k];
                termFrequencies[k] = counts[id];
                counts[id] = 0;
                sentenceFrequencies[id]++;
                articleFrequencies[id] += termFrequencies[k];
            }
            return new Sentence(sentences.size(), start, end, text.substring(start, end), wordCount, ids,
                    distinctTerms, termFrequencies);
        }

        /**
         * Adds the next line that is not a sentence.
         *
         * @param start offset of its first character in the text
         * @param end offset just past its last character
         * @return this builder
         * @throws IllegalArgumentException if the span is outside the text, overlaps or precedes
         *     what was added before
         */
        public Builder addLine(int start, int end) {
            checkSpan(start, end);
            lines.add(new TextLine(start, end, text.substring(start, end)));
            lastEnd = end;
            return this;
        }

        /**
         * Adds the next line that is not a sentence, and makes it the article's headline in place
         * of the one {@link Article#headline()} would otherwise take. A later call moves the
         * headline to its line.
         *
         * @param start offset of its first character in the text
         * @param end offset just past its last character
         * @return this builder
         * @throws IllegalArgumentException if the span is outside the text, overlaps or precedes
         *     what was added before
         */
        public Builder addHeadline(int start, int end) {
            addLine(start, end);
            headlineLine = lines.size() - 1;
            return this;
        }

        /**
         * Records the language the text is analysed as.
         *
         * @param code its ISO 639-1 code, such as "en"
         * @return this builder
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException if {@code code} is blank
         */
        public Builder language(String code) {
            if (Objects.requireNonNull(code, "code").isBlank()) {
                throw new IllegalArgumentException("language code must not be blank");
            }
            this.language = Optional.of(code);
            return this;
        }

        /** @return the article; the builder should not be used afterwards */
        public Article build() {
            return new Article(this);
        }

        private int idOf(String term) {
            int id = dictionary.idOf(term);
            if (id >= counts.length) {
                // >=, not ==: after a failed copy the next new id is past the end too.
                int capacity = Math.max(2 * counts.length, id + 1);
                int[] newCounts = Arrays.copyOf(counts, capacity);
                int[] newSentenceFrequencies = Arrays.copyOf(sentenceFrequencies, capacity);
                int[] newArticleFrequencies = Arrays.copyOf(articleFrequencies, capacity);
                counts = newCounts;
                sentenceFrequencies = newSentenceFrequencies;
                articleFrequencies = newArticleFrequencies;
            }
            return id;
        }

        /**
         * Sorts a sentence's distinct term ids: by insertion for the usual dozen, which are mostly in
         * order already (new terms get increasing ids), where {@code Arrays.sort} costs more to set up.
         */
        private static void sort(int[] ids) {
            if (ids.length > 32) {
                Arrays.sort(ids);
                return;
            }
            for (int i = 1; i < ids.length; i++) {
                int id = ids[i];
                int j = i - 1;
                while (j >= 0 && ids[j] > id) {
                    ids[j + 1] = ids[j];
                    j--;
                }
                ids[j + 1] = id;
            }
        }

        private void checkSpan(int start, int end) {
            if (start < lastEnd || end < start || end > text.length()) {
                throw new IllegalArgumentException("span " + start + ".." + end
                        + " must lie in 0.." + text.length() + ", after the previous one ending at " + lastEnd);
            }
        }
    }
}

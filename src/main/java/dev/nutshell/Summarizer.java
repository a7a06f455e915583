package dev.nutshell;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.scoring.Scorers;
import dev.nutshell.scoring.SentenceScorer;
import dev.nutshell.scoring.SentenceScores;
import dev.nutshell.selection.Budget;
import dev.nutshell.selection.SentenceSelector;
import dev.nutshell.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Extractive summarization: an article in, its key sentences out, verbatim, with their offsets
 * and scores.
 *
 * <pre>{@code
 * Summarizer summarizer = Summarizer.builder().build();          // once; share it
 * Summary summary = summarizer.summarize(text, Length.sentences(3));
 * for (KeySentence s : summary.sentences()) { ... }              // document order
 * }</pre>
 *
 * <p>The text is split into sentences (headlines, teasers, bylines and navigation lines are kept
 * apart and never chosen), every sentence is scored by the configured {@link SentenceScorer}, and
 * the best sentences that fit the {@link Length} are returned in document order, ties in score
 * going to the earlier sentence. The same input always gives the same summary.
 *
 * <p>Immutable and thread-safe: build one and share it between all threads. Building is cheap once
 * the English models are loaded (on first use, from the classpath). Summarizing costs time linear
 * in the length of the text for every built-in scorer.
 */
public final class Summarizer {
    private final TextAnalyzer analyzer;
    private final SentenceScorer scorer;

    private Summarizer(Builder builder) {
        this.analyzer = builder.analyzer != null ? builder.analyzer : TextAnalyzer.english();
        this.scorer = builder.scorer;
    }

    /** @return a builder with the English defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Summarizes raw text.
     *
     * <p>Blank text gives an empty summary; text shorter than the budget gives all its sentences.
     * Offsets of the result refer to {@code text} itself.
     *
     * @param text the article, any length and content
     * @param length the budget
     * @return the summary, never null
     * @throws NullPointerException if {@code text} or {@code length} is null
     */
    public Summary summarize(String text, Length length) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(length, "length");
        return summarize(analyzer.analyze(text), length);
    }

    /**
     * Summarizes text that is already split into sentences: each element is one candidate,
     * kept whole, and {@link KeySentence#index()} is its position in the list. Offsets refer to
     * the elements joined with {@code '\n'} ({@link Summary#source()}). Blank elements are never
     * chosen.
     *
     * @param sentences the sentences in document order, none null
     * @param length the budget
     * @return the summary, never null
     * @throws NullPointerException if {@code sentences}, one of its elements, or {@code length} is null
     */
    public Summary summarize(List<String> sentences, Length length) {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(length, "length");
        return summarize(analyzer.analyze(sentences), length);
    }

    /**
     * Summarizes an article that has already been analysed.
     *
     * @param article the analysed article
     * @param length the budget
     * @return the summary, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the scorer breaks its contract (wrong number of scores)
     */
    public Summary summarize(Article article, Length length) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(length, "length");
        List<Sentence> sentences = article.sentences();
        SentenceScores scores = sentences.isEmpty() ? SentenceScores.empty() : scorer.score(article);
        if (scores.size() != sentences.size()) {
            throw new IllegalStateException("scorer " + scorer + " returned " + scores.size()
                    + " scores for " + sentences.size() + " sentences");
        }
        List<Sentence> chosen = SentenceSelector.select(article, scores, budget(length, sentences));
        List<KeySentence> all = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            all.add(keySentence(sentence, scores));
        }
        List<KeySentence> picked = new ArrayList<>(chosen.size());
        for (Sentence sentence : chosen) {
            picked.add(all.get(sentence.index()));
        }
        return new Summary(article.text(), picked, all);
    }

    private static KeySentence keySentence(Sentence sentence, SentenceScores scores) {
        return new KeySentence(sentence.index(), sentence.start(), sentence.end(),
                scores.get(sentence.index()), sentence.text());
    }

    private static Budget budget(Length length, List<Sentence> candidates) {
        int unlimited = Integer.MAX_VALUE;
        if (length instanceof Length.Sentences sentences) {
            return new Budget(sentences.count(), unlimited, unlimited);
        } else if (length instanceof Length.Ratio ratio) {
            return new Budget(ratio.sentencesOf(selectableCount(candidates)), unlimited, unlimited);
        } else if (length instanceof Length.Words words) {
            return new Budget(unlimited, words.count(), unlimited);
        } else {
            return new Budget(unlimited, unlimited, ((Length.Chars) length).count());
        }
    }

    /** Only a ratio needs this count, so only a ratio pays for it. */
    private static int selectableCount(List<Sentence> sentences) {
        int count = 0;
        for (Sentence sentence : sentences) {
            if (SentenceSelector.isSelectable(sentence)) {
                count++;
            }
        }
        return count;
    }

    /** @return the text analyzer this summarizer uses */
    public TextAnalyzer analyzer() {
        return analyzer;
    }

    @Override
    public String toString() {
        return "Summarizer[scorer=" + scorer + "]";
    }

    /**
     * Configures a {@link Summarizer}. Not thread-safe; the summarizers it builds are.
     */
    public static final class Builder {
        private TextAnalyzer analyzer;
        private SentenceScorer scorer = Scorers.named(Scorers.DEFAULT_ALGORITHM);

        private Builder() {
        }

        /**
         * @param scorer how sentences are rated; default {@code Scorers.named(Scorers.DEFAULT_ALGORITHM)}
         * @return this builder
         * @throws NullPointerException if {@code scorer} is null
         */
        public Builder scorer(SentenceScorer scorer) {
            this.scorer = Objects.requireNonNull(scorer, "scorer");
            return this;
        }

        /**
         * @param algorithm a built-in scorer's name, as listed by {@link Scorers#names()}
         * @return this builder
         * @throws NullPointerException if {@code algorithm} is null
         * @throws IllegalArgumentException if there is no such algorithm
         */
        public Builder algorithm(String algorithm) {
            return scorer(Scorers.named(Objects.requireNonNull(algorithm, "algorithm")));
        }

        /**
         * @param analyzer how text is split and tokenized; default {@link TextAnalyzer#english()}
         * @return this builder
         * @throws NullPointerException if {@code analyzer} is null
         */
        public Builder analyzer(TextAnalyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
            return this;
        }

        /**
         * @return the summarizer
         * @throws IllegalStateException if the default English models are missing from the classpath
         */
        public Summarizer build() {
            return new Summarizer(this);
        }
    }
}

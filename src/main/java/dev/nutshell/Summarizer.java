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
 *
 * @since 0.1.0
 */
public final class Summarizer {
    private final TextAnalyzer analyzer;
    private final SentenceScorer scorer;
    private final double redundancy;

    private Summarizer(Builder builder) {
        this.analyzer = builder.analyzer != null ? builder.analyzer : TextAnalyzer.english();
        this.scorer = builder.scorer;
        this.redundancy = builder.redundancy != null ? builder.redundancy : builder.scorerRedundancy;
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
        int selectable = (int) sentences.stream().filter(SentenceSelector::isSelectable).count();
        Budget budget = budget(length, selectable);
        SentenceScores scores = sentences.isEmpty() ? SentenceScores.empty()
                : scorer.score(article, expectedSentences(article, budget));
        if (scores.size() != sentences.size()) {
            throw new IllegalStateException("scorer " + scorer + " returned " + scores.size()
                    + " scores for " + sentences.size() + " sentences");
        }
        List<Sentence> chosen = SentenceSelector.select(article, scores, budget, redundancy);
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

    /**
     * About how many sentences the summary will have: the sentence budget itself, or for word and
     * character budgets, how many sentences of the article's mean length fit; at least 1.
     */
    private static int expectedSentences(Article article, Budget budget) {
        if (budget.sentences() != Integer.MAX_VALUE) {
            return Math.max(1, budget.sentences());
        }
        long words = 0;
        long chars = 0;
        for (Sentence sentence : article.sentences()) {
            words += sentence.wordCount();
            chars += sentence.text().length() + 1;
        }
        int n = article.sentences().size();
        double fit = budget.words() != Integer.MAX_VALUE
                ? budget.words() / Math.max(1.0, (double) words / n)
                : budget.chars() / Math.max(1.0, (double) chars / n);
        return (int) Math.max(1, Math.min(n, Math.round(fit)));
    }

    private static Budget budget(Length length, int available) {
        int unlimited = Integer.MAX_VALUE;
        if (length instanceof Length.Sentences sentences) {
            return new Budget(sentences.count(), unlimited, unlimited);
        } else if (length instanceof Length.Ratio ratio) {
            return new Budget(ratio.sentencesOf(available), unlimited, unlimited);
        } else if (length instanceof Length.Words words) {
            return new Budget(unlimited, words.count(), unlimited);
        } else {
            return new Budget(unlimited, unlimited, ((Length.Chars) length).count());
        }
    }

    /** @return the text analyzer this summarizer uses */
    public TextAnalyzer analyzer() {
        return analyzer;
    }

    @Override
    public String toString() {
        return "Summarizer[scorer=" + scorer + ", redundancy=" + redundancy + "]";
    }

    /**
     * Configures a {@link Summarizer}. Not thread-safe; the summarizers it builds are.
     */
    public static final class Builder {
        private TextAnalyzer analyzer;
        private SentenceScorer scorer = Scorers.named(Scorers.DEFAULT_ALGORITHM);
        private double scorerRedundancy = Scorers.defaultRedundancy(Scorers.DEFAULT_ALGORITHM);
        private Double redundancy;

        private Builder() {
        }

        /**
         * Rates sentences with your own scorer; unless {@link #redundancy(double)} says otherwise,
         * selection then uses no redundancy penalty.
         *
         * @param scorer how sentences are rated; default {@code Scorers.named(Scorers.DEFAULT_ALGORITHM)}
         * @return this builder
         * @throws NullPointerException if {@code scorer} is null
         */
        public Builder scorer(SentenceScorer scorer) {
            this.scorer = Objects.requireNonNull(scorer, "scorer");
            this.scorerRedundancy = 0;
            return this;
        }

        /**
         * Sets the redundancy penalty of selection (maximal marginal relevance): 0 picks sentences
         * by score alone; higher values pass over sentences similar to ones already chosen in favour
         * of lower-scored new information, and any value above 0 also keeps near repeats (TF-IDF
         * cosine of at least 0.9 with a chosen sentence) out while other sentences are left.
         * Default: the algorithm's own, {@link
         * Scorers#defaultRedundancy(String)} ({@value Scorers#NUTSHELL_REDUNDANCY} for the default
         * algorithm, 0 for the others and for a scorer of your own).
         *
         * @param redundancy λ, in [0, 1)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder redundancy(double redundancy) {
            if (!(redundancy >= 0 && redundancy < 1)) {
                throw new IllegalArgumentException("redundancy must be in [0, 1), was " + redundancy);
            }
            this.redundancy = redundancy;
            return this;
        }

        /**
         * @param algorithm a built-in scorer's name, as listed by {@link Scorers#names()}
         * @return this builder
         * @throws NullPointerException if {@code algorithm} is null
         * @throws IllegalArgumentException if there is no such algorithm
         */
        public Builder algorithm(String algorithm) {
            SentenceScorer named = Scorers.named(Objects.requireNonNull(algorithm, "algorithm"));
            scorer(named);
            this.scorerRedundancy = Scorers.defaultRedundancy(algorithm);
            return this;
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

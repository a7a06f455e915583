package dev.nutshell;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.article.TextLine;
import dev.nutshell.keyphrases.Keyphrase;
import dev.nutshell.keyphrases.KeyphraseExtractor;
import dev.nutshell.extraction.Page;
import dev.nutshell.extraction.PageExtractor;
import dev.nutshell.scoring.Algorithm;
import dev.nutshell.scoring.ScoringContext;
import dev.nutshell.scoring.SentenceScorer;
import dev.nutshell.scoring.SentenceScores;
import dev.nutshell.selection.Budget;
import dev.nutshell.selection.SentenceSelector;
import dev.nutshell.text.TextAnalyzer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * apart and never chosen), every sentence is scored by the configured {@link Algorithm}'s scorer,
 * and the best sentences that fit the {@link Length} are returned in document order, ties in score
 * going to the earlier sentence. The same input always gives the same summary.
 *
 * <p>A web page is summarized with {@link #summarizeHtml(String, Length)}: its main text is found
 * first ({@link PageExtractor}), without navigation, captions and other furniture, and the summary
 * is of that text, with the page's title as its headline.
 *
 * <h2>Input handling</h2>
 *
 * <ul>
 *   <li>{@code null} arguments or list elements throw {@link NullPointerException} naming the
 *       parameter ({@code "sentences[3]"} for an element); invalid budgets cannot be built (see
 *       {@link Length}).
 *   <li>Empty and blank text gives an empty summary (no chosen and no article sentences); one
 *       sentence gives itself; an article with fewer sentences than the budget allows gives all of
 *       them; text without any sentence punctuation has its lines taken as sentences.
 *   <li>A sentence whose text repeats one already chosen (whitespace aside) is not chosen again:
 *       3,000 copies of one sentence give a one-sentence summary, whatever the budget.
 *   <li>Any {@code String} is accepted: control characters, other scripts, emoji, and invalid
 *       UTF-16 (lone surrogates), which passes through verbatim; sentence offsets never fall
 *       between the two halves of a surrogate pair.
 *   <li>Input longer than {@link Builder#maxInputChars(int)} (default {@value
 *       #DEFAULT_MAX_INPUT_CHARS} UTF-16 characters) throws {@link IllegalArgumentException}
 *       stating its length and the limit, before any analysis allocates memory.
 *   <li>Nothing else is thrown for any input (interrupts aside, see below): no {@code
 *       StackOverflowError} (nothing recurses over the input) and no regular expression that can
 *       backtrack; time is near-linear in the input length. Memory is roughly 20 to 100 bytes of heap per input character, prose at the
 *       low end and millions of tiny sentences at the high end: the default limit needs up to
 *       1 GB of heap, so a smaller heap should get a smaller limit.
 *   <li>Thread safety: the English analyzer pools its non-thread-safe OpenNLP detectors and
 *       stemmers as plain objects, with no {@code ThreadLocal} that could pin a class loader, and
 *       keeps at most one idle one per processor (see {@link TextAnalyzer}). A call that throws
 *       anything, an {@link OutOfMemoryError} included, leaves nothing behind that a later call
 *       could see: the analyzer drops the call's worker instead of pooling it.
 *   <li>Interrupts: a call whose thread is interrupted (a {@code Future} cancelled with {@code
 *       cancel(true)}, an executor's {@code shutdownNow}) throws {@link
 *       java.util.concurrent.CancellationException} at its next check and leaves the thread's
 *       interrupt status set. Analysis checks at every text block and every 64 sentences,
 *       scoring at every power iteration, selection every 64 candidates: well under a second of
 *       work apart even on the largest input. A call already interrupted when it starts throws it
 *       at the first check (blank text, which needs no work, may return its empty summary).
 * </ul>
 *
 * <p>Beyond the generic summary: {@link #summarize(String, Length, Focus)} leans it towards a query
 * or a title ({@link Focus}), and {@link #keyphrases(String, int)} gives the phrases the article is
 * about, from the same analysis ({@code dev.nutshell.keyphrases}).
 *
 * <p>Immutable and thread-safe: build one and share it between all threads. Building is cheap once
 * the English models are loaded (on first use, from the classpath). Summarizing costs time
 * near-linear in the length of the text for every built-in scorer.
 *
 * @since 0.1.0
 */
public final class Summarizer {
    /**
     * The default most UTF-16 characters one call may summarize: 10 million, about ten megabytes of
     * English, far more than any article, small enough to analyse in seconds and a few hundred
     * megabytes of heap.
     */
    public static final int DEFAULT_MAX_INPUT_CHARS = 10_000_000;

    private final TextAnalyzer analyzer;
    private final Algorithm algorithm;
    private final double redundancy;
    private final int maxInputChars;
    private final KeyphraseExtractor keyphraseExtractor;
    private final PageExtractor pageExtractor;

    private Summarizer(Builder builder) {
        this.analyzer = builder.analyzer != null ? builder.analyzer : TextAnalyzer.english();
        this.algorithm = builder.algorithm;
        this.redundancy = builder.redundancy != null ? builder.redundancy : builder.algorithm.redundancy();
        this.maxInputChars = builder.maxInputChars;
        this.keyphraseExtractor = builder.keyphraseExtractor;
        this.pageExtractor = builder.pageExtractor;
    }

    /** @return a builder with the English defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Summarizes raw text.
     *
     * <p>Blank text gives an empty summary; text shorter than the budget gives all its sentences.
     * Offsets of the result refer to {@code text} itself. See the class documentation for what
     * any other input gives.
     *
     * @param text the article, any content, at most {@link #maxInputChars()} UTF-16 characters
     * @param length the budget
     * @return the summary, never null
     * @throws NullPointerException if {@code text} or {@code length} is null
     * @throws IllegalArgumentException if {@code text} is longer than {@link #maxInputChars()}
     * @throws java.util.concurrent.CancellationException if the thread is interrupted before the
     *     summary is done; its interrupt status stays set
     */
    public Summary summarize(String text, Length length) {
        return summarize(text, length, Focus.none());
    }

    /**
     * Summarizes raw text with a focus: sentences about the query or title are favoured (see
     * {@link Focus}). {@code Focus.none()} gives exactly {@link #summarize(String, Length)}'s
     * summary, and so does a focus that shares no term with the article.
     *
     * @param text the article, any content, at most {@link #maxInputChars()} UTF-16 characters
     * @param length the budget
     * @param focus what the summary should be about
     * @return the summary, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code text}, or the focus's query or title, is longer
     *     than {@link #maxInputChars()}
     * @throws java.util.concurrent.CancellationException if the thread is interrupted before the
     *     summary is done; its interrupt status stays set
     */
    public Summary summarize(String text, Length length, Focus focus) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(focus, "focus");
        requireWithinLimit(text.length());
        return summarize(analyzer.analyze(text), length, focus);
    }

    /**
     * Summarizes text that is already split into sentences: each element is one candidate,
     * kept whole, and {@link KeySentence#index()} is its position in the list. Offsets refer to
     * the elements joined with {@code '\n'} ({@link Summary#source()}). Blank elements are never
     * chosen. The size limit applies to that joined text: the elements' lengths plus one
     * separator between each two.
     *
     * @param sentences the sentences in document order, none null
     * @param length the budget
     * @return the summary, never null
     * @throws NullPointerException if {@code sentences}, one of its elements, or {@code length} is null
     * @throws IllegalArgumentException if the joined text would be longer than {@link #maxInputChars()}
     * @throws java.util.concurrent.CancellationException if the thread is interrupted before the
     *     summary is done; its interrupt status stays set
     */
    public Summary summarize(List<String> sentences, Length length) {
        return summarize(sentences, length, Focus.none());
    }

    /**
     * Summarizes text that is already split into sentences, with a focus (see {@link
     * #summarize(List, Length)} and {@link #summarize(String, Length, Focus)}). Pre-split text has
     * no headline, so {@link Focus#headline()} gives the generic summary.
     *
     * @param sentences the sentences in document order, none null
     * @param length the budget
     * @param focus what the summary should be about
     * @return the summary, never null
     * @throws NullPointerException if {@code sentences}, one of its elements, {@code length} or {@code focus} is null
     * @throws IllegalArgumentException if the joined text, or the focus's query or title, would be
     *     longer than {@link #maxInputChars()}
     * @throws java.util.concurrent.CancellationException if the thread is interrupted before the
     *     summary is done; its interrupt status stays set
     */
    public Summary summarize(List<String> sentences, Length length, Focus focus) {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(focus, "focus");
        requireWithinLimit(joinedLength(sentences));
        return summarize(analyzer.analyze(sentences), length, focus);
    }

    /**
     * Summarizes the main text of an HTML page: the page's article as {@link
     * PageExtractor#extract(String)} finds it, without its navigation, captions and other
     * furniture. The summary's {@link Summary#source()} is that main text (paragraphs separated
     * by a blank line), and its offsets refer to it. A page without an article gives an empty
     * summary.
     *
     * @param html the page, any content; at most the extractor's {@link PageExtractor#maxInputChars()}
     * @param length the budget
     * @return the summary of the page's main text, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page is longer than the extractor's limit, or its main
     *     text longer than {@link #maxInputChars()}
     * @throws java.util.concurrent.CancellationException if the thread is interrupted before the
     *     summary is done; its interrupt status stays set
     */
    public Summary summarizeHtml(String html, Length length) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(length, "length");
        return summarize(pageExtractor.extract(html), length);
    }

    /**
     * Summarizes the main text of an HTML page given as bytes, decoded by its byte order mark or
     * its {@code <meta charset>} declaration, else as UTF-8 (see {@link
     * PageExtractor#extract(InputStream)}). The stream is read to its end, not closed.
     *
     * @param html the page's bytes
     * @param length the budget
     * @return the summary of the page's main text, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page is longer than the extractor's limit, or its main
     *     text longer than {@link #maxInputChars()}
     * @throws java.io.UncheckedIOException if reading the stream fails
     * @throws java.util.concurrent.CancellationException if the thread is interrupted before the
     *     summary is done; its interrupt status stays set
     */
    public Summary summarizeHtml(InputStream html, Length length) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(length, "length");
        return summarize(pageExtractor.extract(html), length);
    }

    /**
     * Summarizes the main text of a page already extracted: the same as {@code summarize(page.text(),
     * length)}, with the page's title as the summary's headline.
     *
     * @param page the extracted page
     * @param length the budget
     * @return the summary; its source is {@code page.text()}, its headline {@code page.title()}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page's text is longer than {@link #maxInputChars()}
     * @throws java.util.concurrent.CancellationException if the thread is interrupted before the
     *     summary is done; its interrupt status stays set
     */
    public Summary summarize(Page page, Length length) {
        Objects.requireNonNull(page, "page");
        Summary summary = summarize(page.text(), length);
        return new Summary(summary.source(), summary.sentences(), summary.articleSentences(), page.title(),
                summary.language());
    }

    /**
     * Summarizes an article that has already been analysed. The size limit does not apply: the
     * article's memory is already spent, and scoring and selection cost time near-linear in it.
     *
     * @param article the analysed article
     * @param length the budget
     * @return the summary, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the scorer breaks its contract (wrong number of scores)
     * @throws java.util.concurrent.CancellationException if the thread is interrupted before the
     *     summary is done; its interrupt status stays set
     */
    public Summary summarize(Article article, Length length) {
        return summarize(article, length, Focus.none());
    }

    /**
     * Summarizes an article that has already been analysed, with a focus (see {@link
     * #summarize(String, Length, Focus)}).
     *
     * @param article the analysed article
     * @param length the budget
     * @param focus what the summary should be about
     * @return the summary, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the focus's query or title is longer than {@link #maxInputChars()}
     * @throws IllegalStateException if the scorer breaks its contract (wrong number of scores)
     * @throws java.util.concurrent.CancellationException if the thread is interrupted before the
     *     summary is done; its interrupt status stays set
     */
    public Summary summarize(Article article, Length length, Focus focus) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(focus, "focus");
        List<Sentence> sentences = article.sentences();
        Budget budget = budget(length, sentences);
        SentenceScorer scorer = algorithm.scorer();
        SentenceScores scores = sentences.isEmpty() ? SentenceScores.empty()
                : scorer.score(article, context(article, focus, expectedSentences(article, budget)));
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
        return new Summary(article.text(), picked, all, article.headline().map(TextLine::text), article.language());
    }

    /**
     * The keyphrases of raw text, from the same analysis as its summary: the article's sentences
     * (and headline) cut into words, tagged, and ranked by the {@link Builder#keyphrases
     * keyphrase extractor} (see {@link KeyphraseExtractor}). Offsets of the occurrences refer to
     * {@code text} itself. Blank text, or text without a candidate phrase, gives an empty list.
     *
     * <p>Tagging costs about a microsecond per word (several for a word form not seen lately), and
     * the first call loads the English part-of-speech model (about a quarter of a second); the
     * ranking itself costs a quarter of a millisecond for a news article.
     *
     * @param text the article, any content, at most {@link #maxInputChars()} UTF-16 characters
     * @param count the most keyphrases to return, {@code >= 1}
     * @return up to {@code count} keyphrases, best first
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code count < 1} or {@code text} is longer than {@link #maxInputChars()}
     * @throws java.util.concurrent.CancellationException if the thread is interrupted first; its
     *     interrupt status stays set
     */
    public List<Keyphrase> keyphrases(String text, int count) {
        Objects.requireNonNull(text, "text");
        requireCount(count);
        requireWithinLimit(text.length());
        return keyphrases(analyzer.analyze(text), count);
    }

    /**
     * The keyphrases of an article already analysed, such as the one a summary was made from;
     * offsets refer to {@link Article#text()}. The size limit does not apply.
     *
     * @param article the analysed article
     * @param count the most keyphrases to return, {@code >= 1}
     * @return up to {@code count} keyphrases, best first
     * @throws NullPointerException if {@code article} is null
     * @throws IllegalArgumentException if {@code count < 1}
     * @throws java.util.concurrent.CancellationException if the thread is interrupted first; its
     *     interrupt status stays set
     */
    public List<Keyphrase> keyphrases(Article article, int count) {
        Objects.requireNonNull(article, "article");
        requireCount(count);
        return keyphraseExtractor.extract(analyzer.words(article), count);
    }

    private static void requireCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
    }

    /** The scoring context: the summary's expected length and, if any, the focus's terms. */
    private ScoringContext context(Article article, Focus focus, int summarySentences) {
        ScoringContext context = ScoringContext.ofSummarySentences(summarySentences);
        Optional<String> focusText = focus.kind() == Focus.Kind.HEADLINE
                ? article.headline().map(TextLine::text) : focus.text();
        if (focusText.isEmpty() || focusText.get().isBlank()) {
            return context;
        }
        requireWithinLimit(focusText.get().length());
        List<String> terms = new ArrayList<>();
        Article analysed = analyzer.analyze(List.of(focusText.get()));
        for (Sentence sentence : analysed.sentences()) {
            for (int position = 0; position < sentence.termCount(); position++) {
                terms.add(analysed.term(sentence.termAt(position)));
            }
        }
        return context.withFocusTerms(terms);
    }

    /**
     * The length of the pre-split sentences joined with one separator each, in a {@code long}:
     * a list of many long strings can add up past {@code Integer.MAX_VALUE}.
     */
    private static long joinedLength(List<String> sentences) {
        long length = 0;
        for (int i = 0; i < sentences.size(); i++) {
            length += Objects.requireNonNull(sentences.get(i), "sentences[" + i + "]").length() + (i > 0 ? 1 : 0);
        }
        return length;
    }

    /** Rejects oversized input before the analysis allocates anything for it. */
    private void requireWithinLimit(long inputChars) {
        if (inputChars > maxInputChars) {
            throw new IllegalArgumentException("input is " + inputChars + " characters, more than the limit of "
                    + maxInputChars + " (Summarizer.Builder.maxInputChars)");
        }
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

    /** @return how keyphrases are extracted */
    public KeyphraseExtractor keyphraseExtractor() {
        return keyphraseExtractor;
    }

    /** @return how {@code summarizeHtml} finds a page's main text */
    public PageExtractor pageExtractor() {
        return pageExtractor;
    }

    /** @return the most UTF-16 characters that one call of {@code summarize} accepts, {@code >= 1} */
    public int maxInputChars() {
        return maxInputChars;
    }

    /**
     * The algorithm as chosen: a built-in one ({@link Algorithm#NUTSHELL} unless the builder was
     * told otherwise), your own, or for {@link Builder#scorer(SentenceScorer)} one named
     * {@code "custom"} with no redundancy penalty of its own.
     *
     * @return the algorithm whose scorer rates the sentences
     */
    public Algorithm algorithm() {
        return algorithm;
    }

    /**
     * @return the redundancy penalty selection uses, in [0, 1): the one given to {@link
     *     Builder#redundancy(double)}, else the algorithm's own
     */
    public double redundancy() {
        return redundancy;
    }

    @Override
    public String toString() {
        return "Summarizer[algorithm=" + algorithm + ", redundancy=" + redundancy + ", maxInputChars=" + maxInputChars + "]";
    }

    /**
     * Configures a {@link Summarizer}. Not thread-safe; the summarizers it builds are.
     */
    public static final class Builder {
        /** The name of the algorithm a {@code scorer(...)} of your own is wrapped in. */
        private static final String CUSTOM = "custom";

        private TextAnalyzer analyzer;
        private Algorithm algorithm = Algorithm.named(Algorithm.DEFAULT_NAME);
        private Double redundancy;
        private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
        private KeyphraseExtractor keyphraseExtractor = KeyphraseExtractor.create();
        private PageExtractor pageExtractor = PageExtractor.standard();

        private Builder() {
        }

        /**
         * @param keyphraseExtractor how {@code keyphrases} ranks phrases; default {@link KeyphraseExtractor#create()}
         * @return this builder
         * @throws NullPointerException if {@code keyphraseExtractor} is null
         */
        public Builder keyphrases(KeyphraseExtractor keyphraseExtractor) {
            this.keyphraseExtractor = Objects.requireNonNull(keyphraseExtractor, "keyphraseExtractor");
            return this;
        }

        /**
         * Summarizes with an algorithm: its scorer rates the sentences, and its redundancy penalty
         * applies unless {@link #redundancy(double)} sets another.
         *
         * @param algorithm a built-in algorithm such as {@link Algorithm#TEXTRANK}, or your own
         *     ({@link Algorithm#of(String, SentenceScorer, double)}); default {@link Algorithm#NUTSHELL}
         * @return this builder
         * @throws NullPointerException if {@code algorithm} is null
         */
        public Builder algorithm(Algorithm algorithm) {
            this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /**
         * Summarizes with the built-in algorithm of that name: the same as {@code
         * algorithm(Algorithm.named(name))}.
         *
         * @param algorithm a built-in algorithm's name, as listed by {@link Algorithm#names()}, case-insensitive
         * @return this builder
         * @throws NullPointerException if {@code algorithm} is null
         * @throws IllegalArgumentException if there is no such algorithm; the message lists the names
         */
        public Builder algorithm(String algorithm) {
            return algorithm(Algorithm.named(Objects.requireNonNull(algorithm, "algorithm")));
        }

        /**
         * Rates sentences with your own scorer: the same as {@code algorithm(Algorithm.of("custom",
         * scorer, 0))}, so selection uses no redundancy penalty unless {@link #redundancy(double)}
         * says otherwise. That holds for a built-in algorithm's scorer too: to keep its penalty,
         * choose the algorithm with {@link #algorithm(Algorithm)}.
         *
         * @param scorer how sentences are rated
         * @return this builder
         * @throws NullPointerException if {@code scorer} is null
         */
        public Builder scorer(SentenceScorer scorer) {
            return algorithm(Algorithm.of(CUSTOM, Objects.requireNonNull(scorer, "scorer"), 0));
        }

        /**
         * Sets the redundancy penalty of selection (maximal marginal relevance): 0 picks sentences
         * by score alone; with λ above 0, sentences are taken by {@code (1 − λ) × score / (maximum
         * magnitude of the article's scores) − λ × (largest TF-IDF cosine with a chosen sentence)},
         * which passes over sentences similar to ones already chosen in favour of lower-scored new
         * information, and near repeats (cosine of at least 0.9 with a chosen sentence) are kept out
         * while other sentences are left. Default: the algorithm's own, {@link Algorithm#redundancy()}
         * (see {@link Algorithm} for the built-ins'; 0 for {@link #scorer(SentenceScorer)}). Set
         * before or after the algorithm, it wins over the algorithm's own.
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
         * The language of the texts: sets the {@link #analyzer(TextAnalyzer)} to {@link
         * TextAnalyzer#forLanguage(String)}'s. The default is English, {@code "en"}: detection
         * ({@code "auto"}) costs a little per call, needs an extra model artifact, and cannot tell
         * the language of a text of a few words.
         *
         * @param code an ISO 639-1 code from {@link TextAnalyzer#languages()}, or {@code "auto"} to
         *     detect each text's language; any case
         * @return this builder
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException if the language is not supported, naming those that are
         * @throws IllegalStateException if the language's model artifact is missing from the classpath
         */
        public Builder language(String code) {
            return analyzer(TextAnalyzer.forLanguage(code));
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
         * The most UTF-16 characters ({@link String#length()}) that one call of {@code summarize}
         * accepts; longer input is rejected with an {@link IllegalArgumentException} before it is
         * analysed. Counted in characters, not bytes: a {@code String} has no encoding, its length
         * is known at no cost, and the memory the analysis needs grows with it.
         *
         * @param maxInputChars the limit, {@code >= 1}; default {@value Summarizer#DEFAULT_MAX_INPUT_CHARS}
         * @return this builder
         * @throws IllegalArgumentException if {@code maxInputChars < 1}
         */
        public Builder maxInputChars(int maxInputChars) {
            if (maxInputChars < 1) {
                throw new IllegalArgumentException("maxInputChars must be >= 1, was " + maxInputChars);
            }
            this.maxInputChars = maxInputChars;
            return this;
        }

        /**
         * @param pageExtractor how {@code summarizeHtml} finds a page's main text; default {@link
         *     PageExtractor#standard()}
         * @return this builder
         * @throws NullPointerException if {@code pageExtractor} is null
         */
        public Builder pageExtractor(PageExtractor pageExtractor) {
            this.pageExtractor = Objects.requireNonNull(pageExtractor, "pageExtractor");
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

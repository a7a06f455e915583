package dev.nutshell.text;

import dev.nutshell.article.Article;
import dev.nutshell.article.ArticleWords;
import dev.nutshell.internal.Interruption;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The {@link TextAnalyzer} of one language, configured from its folder in {@code models/} ({@link
 * LanguageProfile}): {@link TextBlocks} for paragraphs and lines, {@link SentenceBoundaryDetector}
 * with the language's rules and, where Maven Central serves one, its OpenNLP sentence model inside
 * blocks, and {@link WordTokenizer} for terms (the language's stop words and Snowball stemmer, or
 * character bigrams for scripts written without spaces).
 *
 * <p>Thread-safe. The OpenNLP detector and the Snowball stemmer are not, so each call borrows an
 * {@link AnalysisWorker} from a pool and gives it back afterwards: a call never shares a worker,
 * and a worker holds nothing of one call that changes the next call's result. A call that throws
 * anything (an {@link OutOfMemoryError} half-way through growing a cache, a {@link
 * java.util.concurrent.CancellationException} when its thread is interrupted) does not give its
 * worker back: the pool never holds a worker in a state no one checked. The pool holds plain
 * objects, not {@code ThreadLocal}s, so nothing is tied to the threads of an application server's
 * pool and nothing pins this class loader once the analyzer is unreachable. As many workers exist
 * as calls run at the same moment, but at most {@link #maxIdleWorkers} are kept when they are
 * given back (the others are left to the garbage collector), so a burst of a thousand threads
 * leaves a few workers behind, not a thousand, each with its detector and its stem cache.
 */
final class StandardTextAnalyzer implements TextAnalyzer {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String GENERIC_MODIFIERS = "/dev/nutshell/models/en/generic-modifiers.txt";
    private static final String FUNCTION_WORDS = "/dev/nutshell/models/en/function-words.txt";
    private static final String KEYPHRASE_STOP_WORDS = "/dev/nutshell/models/en/keyphrase-stop-words.txt";
    private static final String CREDIT_WORDS = "/dev/nutshell/models/pages/credit-words.txt";

    /** The analysis checks for interruption every 64 sentences, and at every text block. */
    private static final int CHECK_INTERVAL = 63;
    private static final String WORK = "text analysis";
    /** U+3006, the first character {@link Character#isIdeographic(int)} accepts. */
    private static final char FIRST_IDEOGRAPH = '\u3006';

    /** The analyzers made so far, one per language, each loaded on first use. */
    private static final ConcurrentHashMap<String, StandardTextAnalyzer> LOADED = new ConcurrentHashMap<>();

    private final LanguageProfile profile;
    private final SentenceModel sentenceModel;
    private final SnowballStemmer.ALGORITHM stemmer;
    private final BoundaryRules rules;
    private final SentenceBoundaryDetector boundaries;
    private final WordTokenizer tokenizer;
    private final WordReader wordReader;
    private final Set<String> stopWords;
    private final PageLayout layout;
    private final ConcurrentLinkedQueue<AnalysisWorker> workers = new ConcurrentLinkedQueue<>();
    /** The idle workers, counted apart because the queue's own size is O(n) to compute. */
    private final AtomicInteger idleWorkers = new AtomicInteger();
    private final int maxIdleWorkers;

    private StandardTextAnalyzer(LanguageProfile profile, SentenceModel sentenceModel, BoundaryRules rules,
            Set<String> stopWords, PageLayout layout, int maxIdleWorkers) {
        this.profile = profile;
        this.sentenceModel = sentenceModel;
        this.stemmer = profile.stemmer().orElse(null);
        this.rules = rules;
        this.stopWords = stopWords;
        this.layout = layout;
        this.boundaries = new SentenceBoundaryDetector(rules);
        this.tokenizer = new WordTokenizer(stopWords, rules.maxTermLength, profile.characterBigrams());
        this.wordReader = profile.tagged()
                ? new WordReader(union(stopWords, loadWords(KEYPHRASE_STOP_WORDS)), loadWords(GENERIC_MODIFIERS),
                        loadWords(FUNCTION_WORDS), rules::isNeverFinal)
                : new WordReader(stopWords, Set.of(), Set.of(), rules::isNeverFinal);
        this.maxIdleWorkers = maxIdleWorkers;
    }

    /**
     * The idle workers kept by default: one per processor, as many as can run at the same moment,
     * at least two. A call that finds none waiting makes one in under a microsecond; what keeping
     * more would save is only their stem caches.
     */
    static int defaultMaxIdleWorkers() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** The English analyzer. */
    static StandardTextAnalyzer shared() {
        return forLanguage("en");
    }

    /**
     * The analyzer of a listed language, loaded on first use and then shared.
     *
     * @param code an ISO 639-1 code, any case
     * @throws IllegalArgumentException if the language is not listed in {@code models/languages.txt}
     * @throws IllegalStateException if one of its files or its sentence model is missing
     */
    static StandardTextAnalyzer forLanguage(String code) {
        String key = code.toLowerCase(Locale.ROOT);
        StandardTextAnalyzer analyzer = LOADED.get(key);
        if (analyzer == null) {
            // Not computeIfAbsent: loading English's rules for another language's defaults would
            // update the map from inside its own update.
            LanguageProfile profile = LanguageProfile.of(key);
            BoundaryRules defaults = key.equals("en") ? null : shared().rules;
            analyzer = LOADED.computeIfAbsent(key, unused -> load(profile, defaults));
        }
        return analyzer;
    }

    private static StandardTextAnalyzer load(LanguageProfile profile, BoundaryRules defaults) {
        Slf4jStartup.startWithoutNoProviderWarning();
        BoundaryRules rules;
        if (defaults == null) {
            rules = BoundaryRules.load(profile.resource("sentence-rules.txt"));
        } else if (profile.has("sentence-rules.txt")) {
            rules = BoundaryRules.load(profile.resource("sentence-rules.txt"), defaults);
        } else {
            rules = BoundaryRules.settingsOf(defaults);
        }
        SentenceModel model = profile.sentenceModel().map(resource -> loadSentenceModel(resource,
                profile.sentenceModelArtifact())).orElse(null);
        return new StandardTextAnalyzer(profile, model, rules, profile.words("stopwords.txt"),
                new PageLayout(loadWords(CREDIT_WORDS)), defaultMaxIdleWorkers());
    }

    /**
     * An analyzer like this one, with its own pool of at most {@code maxIdleWorkers} idle workers;
     * it shares the models, which are immutable.
     */
    StandardTextAnalyzer withMaxIdleWorkers(int maxIdleWorkers) {
        return new StandardTextAnalyzer(profile, sentenceModel, rules, stopWords, layout, maxIdleWorkers);
    }

    /** This analyzer's language, its ISO 639-1 code. */
    @Override
    public Optional<String> language() {
        return Optional.of(profile.code());
    }

    @Override
    public List<TextSegment> split(String text) {
        Objects.requireNonNull(text, "text");
        AnalysisWorker worker = borrow();
        List<TextSegment> segments = split(text, worker).segments();
        giveBack(worker); // not in a finally block: after a throwable the worker is dropped
        return segments;
    }

    @Override
    public Article analyze(String text) {
        Objects.requireNonNull(text, "text");
        AnalysisWorker worker = borrow();
        Article article = analyze(text, worker);
        giveBack(worker); // not in a finally block: after a throwable the worker is dropped
        return article;
    }

    /**
     * The words of the article's sentences, tagged with OpenNLP's English Universal Dependencies
     * model (loaded on the first call) and keyed by their Snowball stems.
     */
    @Override
    public ArticleWords words(Article article) {
        Objects.requireNonNull(article, "article");
        AnalysisWorker worker = borrow();
        ArticleWords words = profile.tagged() ? wordReader.tagged(article, worker) : wordReader.stemmed(article, worker);
        giveBack(worker); // not in a finally block: after a throwable the worker is dropped
        return words;
    }

    private Article analyze(String text, AnalysisWorker worker) {
        Layout layout = split(text, worker);
        List<TextSegment> segments = layout.segments();
        boolean anySentence = segments.stream().anyMatch(segment -> segment.kind() == TextSegment.Kind.SENTENCE);
        Article.Builder article = Article.builder(text).language(profile.code());
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            TextSegment segment = segments.get(i);
            if ((i & CHECK_INTERVAL) == 0) {
                Interruption.check(WORK);
            }
            if (segment.kind() == TextSegment.Kind.SENTENCE || !anySentence) {
                terms.clear();
                int words = tokenizer.terms(text, segment.start(), segment.end(), worker, terms);
                article.addSentence(segment.start(), segment.end(), terms, words);
            } else if (i == layout.headline()) {
                article.addHeadline(segment.start(), segment.end());
            } else {
                article.addLine(segment.start(), segment.end());
            }
        }
        return article.build();
    }

    @Override
    public Article analyze(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i) == null) {
                // Not requireNonNull: its message would be built for every sentence, null or not.
                throw new NullPointerException("sentences[" + i + "]");
            }
        }
        String text = String.join("\n", sentences);
        AnalysisWorker worker = borrow();
        Article article = analyze(text, sentences, worker);
        giveBack(worker); // not in a finally block: after a throwable the worker is dropped
        return article;
    }

    private Article analyze(String text, List<String> sentences, AnalysisWorker worker) {
        Article.Builder article = Article.builder(text).language(profile.code());
        List<String> terms = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if ((i & CHECK_INTERVAL) == 0) {
                Interruption.check(WORK);
            }
            int end = start + sentences.get(i).length();
            terms.clear();
            int words = tokenizer.terms(text, start, end, worker, terms);
            article.addSentence(start, end, terms, words);
            start = end + 1;
        }
        return article.build();
    }

    /**
     * The segments of a text, and which of them is the headline.
     *
     * @param segments the segments in document order
     * @param headline the index of the headline's segment, or -1
     */
    private record Layout(List<TextSegment> segments, int headline) {
    }

    private Layout split(String text, AnalysisWorker worker) {
        List<TextSegment> segments = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<TextBlocks.Block> blocks = TextBlocks.of(text, rules);
        int[] blockStarts = new int[blocks.size() + 1];
        InlineCuts inlineCuts = new InlineCuts(text);
        for (int b = 0; b < blocks.size(); b++) {
            TextBlocks.Block block = blocks.get(b);
            blockStarts[b] = segments.size();
            Interruption.check(WORK);
            if (block.tableRow()) {
                segments.add(new TextSegment(block.start(), block.end(), text.substring(block.start(), block.end()),
                        TextSegment.Kind.LINE));
                continue;
            }
            spans.clear();
            boundaries.split(text, block.start(), block.end(), worker.sentenceDetector, inlineCuts, spans);
            boolean standaloneLine = block.singleLine() && spans.size() == 1;
            for (int i = 0; i < spans.size(); i++) {
                int[] span = spans.get(i);
                boolean line = standaloneLine ? isHeadingLike(text, span[0], span[1])
                        : i > 0 && i == spans.size() - 1 && isTrailingLine(text, span[0], span[1]);
                segments.add(new TextSegment(span[0], span[1], text.substring(span[0], span[1]),
                        line ? TextSegment.Kind.LINE : TextSegment.Kind.SENTENCE));
            }
        }
        blockStarts[blocks.size()] = segments.size();
        int headline = layout.apply(text, segments, blocks, blockStarts, rules);
        return new Layout(segments, headline);
    }

    /**
     * A standalone line that is not a sentence: too short for one ("No time to read?", "Next
     * Article"), a headline-length line without a final stop ("Storm leaves thousands without
     * power", "By Jane Smith"), or a short question ("Is the housing boom over?"). A list marker
     * ("1.", "-") does not count as a word for the shortness test.
     */
    private boolean isHeadingLike(String text, int start, int end) {
        if (TextBlocks.startsListItem(text, start, end)
                && wordCount(text, markerEnd(text, start, end), end) < rules.minSentenceWords) {
            return true;
        }
        int words = wordCount(text, start, end);
        if (words < rules.minSentenceWords) {
            return true;
        }
        char last = lastSignificant(text, start, end);
        if (!Characters.isTerminal(last)) {
            return words <= rules.maxHeadingWords;
        }
        return (last == '?' || last == '？') && words <= rules.maxQuestionLineWords;
    }

    /** The short unpunctuated tail of a block after its sentences: a credit ("Photo: AFP"). */
    private boolean isTrailingLine(String text, int start, int end) {
        return !Characters.isTerminal(lastSignificant(text, start, end)) && wordCount(text, start, end) < rules.minSentenceWords;
    }

    /** The last character that is not a closing quote or bracket, nor space among them. */
    private static char lastSignificant(String text, int start, int end) {
        int last = end - 1;
        while (last > start && (Characters.isClosing(text.charAt(last)) || Characters.isSpace(text.charAt(last)))) {
            last--;
        }
        return text.charAt(last);
    }

    /** Just past the list marker that starts {@code text[start, end)}. */
    private static int markerEnd(String text, int start, int end) {
        while (start < end && !Characters.isSpace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /**
     * Words of a segment for the line rules: runs of non-whitespace, except that every CJK
     * ideograph is one word (those scripts write no spaces).
     */
    static int wordCount(String text, int start, int end) {
        int words = 0;
        int inWord = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // No character below U+3006 is ideographic: prose never reaches the Unicode tables.
            if (c >= FIRST_IDEOGRAPH && Character.isIdeographic(c)) {
                words++;
                inWord = 0;
            } else {
                // Without a branch on space or not, which prose, alternating the two, mispredicts.
                int nonSpace = Characters.isSpace(c) ? 0 : 1;
                words += nonSpace & ~inWord;
                inWord = nonSpace;
            }
        }
        return words;
    }

    /** An idle worker, or a new one when all are in use. */
    AnalysisWorker borrow() {
        AnalysisWorker worker = workers.poll();
        if (worker == null) {
            return new AnalysisWorker(sentenceModel, stemmer);
        }
        idleWorkers.decrementAndGet();
        return worker;
    }

    /**
     * Keeps the worker for the next call, unless {@link #maxIdleWorkers} are idle already. The
     * count goes up before the worker is queued and down after it is taken, so the queue never
     * holds more than the limit.
     */
    void giveBack(AnalysisWorker worker) {
        if (idleWorkers.incrementAndGet() <= maxIdleWorkers) {
            workers.offer(worker);
        } else {
            idleWorkers.decrementAndGet();
        }
    }

    /** The workers waiting in the pool now; O(n), for tests. */
    int idleWorkerCount() {
        return workers.size();
    }

    private static SentenceModel loadSentenceModel(String resource, String artifact) {
        // The model is in another jar: ask the class loader, since on the module path
        // Class.getResourceAsStream would search only this module.
        try (InputStream in = StandardTextAnalyzer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + resource
                        + " missing from the classpath: add the dependency " + artifact);
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP sentence model " + resource, e);
        }
    }

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> union = new HashSet<>(some);
        union.addAll(others);
        return Set.copyOf(union);
    }

    static Set<String> loadWords(String resource) {
        try (InputStream in = StandardTextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }
}

package dev.nutshell.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nutshell.Summarizer;
import dev.nutshell.article.Article;
import dev.nutshell.article.ArticleWords;
import dev.nutshell.keyphrases.Keyphrase;
import dev.nutshell.keyphrases.KeyphraseExtractor;
import dev.nutshell.article.Sentence;
import dev.nutshell.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Keyphrases of CNN/DM dev articles, one thread, after warm-up; one operation is the next article,
 * round robin, 10 keyphrases each:
 * <ul>
 *   <li>{@code rank}: the ranking alone on the article's tagged words ({@link ArticleWords}, made in
 *   setup): candidates, the word graph, PageRank, the best 10 with their occurrences;</li>
 *   <li>{@code tagAndRank}: from the analysed article: words, part-of-speech tagging, stems, then the
 *   ranking ({@code Summarizer.keyphrases(Article, 10)}, what {@code summarize --keyphrases} adds to a
 *   summary);</li>
 *   <li>{@code rawText}: the whole call on the article's text, sentence splitting included.</li>
 * </ul>
 * Two references measured in the same run, so that the figures above can be given as ratios that
 * hold from one machine to another:
 * <ul>
 *   <li>{@code openNlpTagging}: OpenNLP's own {@code POSTaggerME}, with the model Nutshell bundles,
 *   tagging the article's sentences (tokenized in setup by OpenNLP's {@code SimpleTokenizer}):
 *   what a user without Nutshell would run before any ranking;</li>
 *   <li>{@code sentenceDetection}: OpenNLP's {@code SentenceDetectorME.sentPosDetect} over the
 *   article's text, the unit of {@link RatioBenchmark}.</li>
 * </ul>
 * Needs the data, as {@link DevSetBenchmark} does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class KeyphraseBenchmark {
    private static final int COUNT = 10;
    /** The part-of-speech model Nutshell bundles: the resource its English analyzer loads. */
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private Summarizer summarizer;
    private KeyphraseExtractor extractor;
    private List<String> texts;
    private List<Article> articles;
    private List<ArticleWords> words;
    /** Per article, its sentences' tokens, for {@code openNlpTagging}. */
    private List<List<String[]>> tokens;
    private POSTaggerME tagger;
    private SentenceDetectorME detector;
    private int next;

    /** Loads the CNN/DM dev articles, analyses and tags them. */
    @Setup(Level.Trial)
    public void setUp() {
        summarizer = Summarizer.builder().build();
        extractor = summarizer.keyphraseExtractor();
        TextAnalyzer analyzer = summarizer.analyzer();
        texts = new ArrayList<>();
        articles = new ArrayList<>();
        words = new ArrayList<>();
        tokens = new ArrayList<>();
        POSModel posModel = model(POS_MODEL, in -> new POSModel(in));
        tagger = new POSTaggerME(posModel);
        SentenceModel sentenceModel = model(RatioBenchmark.SENTENCE_MODEL, in -> new SentenceModel(in));
        detector = new SentenceDetectorME(sentenceModel);
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(DevSetBenchmark.evalDirectory().resolve("cnndm-dev.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = json.readTree(line);
                String text = record.get("article").asText();
                Article article = analyzer.analyze(text);
                texts.add(text);
                articles.add(article);
                words.add(analyzer.words(article));
                List<String[]> sentences = new ArrayList<>();
                for (Sentence sentence : article.sentences()) {
                    sentences.add(SimpleTokenizer.INSTANCE.tokenize(sentence.text()));
                }
                tokens.add(sentences);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CNN/DM dev set", e);
        }
    }

    private int nextDocument() {
        int document = next;
        next = (next + 1) % texts.size();
        return document;
    }

    /** @return the keyphrases of the next article's tagged words */
    @Benchmark
    public List<Keyphrase> rank() {
        return extractor.extract(words.get(nextDocument()), COUNT);
    }

    /** @return the keyphrases of the next analysed article, tagging included */
    @Benchmark
    public List<Keyphrase> tagAndRank() {
        return summarizer.keyphrases(articles.get(nextDocument()), COUNT);
    }

    /** @return the keyphrases of the next article's text */
    @Benchmark
    public List<Keyphrase> rawText() {
        return summarizer.keyphrases(texts.get(nextDocument()), COUNT);
    }

    /** @return OpenNLP's part-of-speech tags of the next article's sentences: a reference */
    @Benchmark
    public List<String[]> openNlpTagging() {
        List<String[]> tags = new ArrayList<>();
        for (String[] sentence : tokens.get(nextDocument())) {
            tags.add(tagger.tag(sentence));
        }
        return tags;
    }

    /** @return OpenNLP's sentence spans of the next article's text: a reference */
    @Benchmark
    public Span[] sentenceDetection() {
        return detector.sentPosDetect(texts.get(nextDocument()));
    }

    /** An OpenNLP model read from the classpath. */
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M model(String resource, ModelReader<M> reader) {
        try (InputStream in = KeyphraseBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model " + resource + " not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

package dev.nutshell.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.article.Article;
import dev.nutshell.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nutshell's cost as a multiple of bare sentence detection, measured in one JMH run so that the
 * ratio holds from one machine to the next even where the absolute docs/s do not. Each operation
 * takes the next document of a dev set (round robin, one thread), so every score is docs/s; {@link
 * RatioReport} divides {@code nutshell} by {@code detector} for each set.
 *
 * <ul>
 *   <li>{@code bbc-raw}: {@code detector} is OpenNLP's {@code SentenceDetectorME.sentPosDetect},
 *       with the model Nutshell bundles, over the BBC {@code article} text; {@code nutshell} is
 *       the default {@code summarize} of the same text with as many sentences as the reference's
 *       {@code summary_sentences} (what {@code eval --sentences-from-reference} does): splitting,
 *       layout, terms, scoring and selection.
 *   <li>{@code cnndm-presplit}: Nutshell never runs the detector on pre-split input, so the
 *       comparable work is the analysis alone. {@code detector} runs over the
 *       {@code article_sentences} joined with {@code "\n"} (the very string Nutshell analyses,
 *       {@code summary.source()}); {@code nutshell} is {@code analyzer().analyze(sentences)}:
 *       tokens, stop words, stems and term ids, without scoring or selection.
 * </ul>
 *
 * <p>The warm-up is long (30 s per fork) because Nutshell's is: the JIT compiles far more code
 * for it than for the detector, and on a busy machine, where the compiler threads get little CPU,
 * the summarizer was still at a tenth of its speed after 8 s while the detector had long reached
 * its own. A ratio from a run whose {@code nutshell} iterations still climb means nothing.
 *
 * <p>Needs the data, found as by {@link DevSetBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class RatioBenchmark {
    /** The model Nutshell bundles: the resource name its English analyzer loads. */
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Which dev set, and how its documents are given. */
    @Param({"bbc-raw", "cnndm-presplit"})
    public String set;

    private Summarizer summarizer;
    private TextAnalyzer analyzer;
    private SentenceDetectorME detector;
    /** The detector's input: raw BBC text, or CNN/DM sentences joined with "\n". */
    private final List<String> texts = new ArrayList<>();
    private final List<List<String>> sentenceLists = new ArrayList<>();
    private final List<Length> lengths = new ArrayList<>();
    private int next;

    /** Loads the dev set, the bundled sentence model and the default summarizer. */
    @Setup(Level.Trial)
    public void setUp() {
        summarizer = Summarizer.builder().build();
        analyzer = summarizer.analyzer();
        detector = new SentenceDetectorME(loadModel());
        ObjectMapper json = new ObjectMapper();
        boolean bbc = set.equals("bbc-raw");
        for (String line : DevSetBenchmark.lines(bbc ? "bbc-dev.jsonl" : "cnndm-dev.jsonl")) {
            JsonNode record = DevSetBenchmark.readTree(json, line);
            if (bbc) {
                texts.add(record.get("article").asText());
                lengths.add(Length.sentences(Math.max(1, record.get("summary_sentences").size())));
            } else {
                List<String> sentences = new ArrayList<>();
                record.get("article_sentences").forEach(sentence -> sentences.add(sentence.asText()));
                sentenceLists.add(List.copyOf(sentences));
                texts.add(String.join("\n", sentences));
            }
        }
    }

    /** @return the sentence spans of the next document, from the bare OpenNLP detector */
    @Benchmark
    public Span[] detector() {
        return detector.sentPosDetect(texts.get(nextDocument()));
    }

    /**
     * @return for {@code bbc-raw} the default summary of the next document; for {@code
     *     cnndm-presplit} its analysis
     */
    @Benchmark
    public Object nutshell() {
        int document = nextDocument();
        if (sentenceLists.isEmpty()) {
            return summarizer.summarize(texts.get(document), lengths.get(document));
        }
        Article article = analyzer.analyze(sentenceLists.get(document));
        return article;
    }

    private int nextDocument() {
        int document = next;
        next = document + 1 == texts.size() ? 0 : document + 1;
        return document;
    }

    private static SentenceModel loadModel() {
        try (InputStream in = RatioBenchmark.class.getClassLoader().getResourceAsStream(SENTENCE_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + SENTENCE_MODEL + " not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SENTENCE_MODEL, e);
        }
    }
}

package dev.nutshell.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Documents per second on the evaluation dev sets, one thread, after warm-up, with the default
 * algorithm and three sentences: one operation summarizes the next document (round robin), so the
 * score is docs/s. {@code cnndm-presplit} ranks CNN/DM's {@code article_sentences} (summarize a
 * {@code List<String>}); {@code bbc-raw} summarizes BBC {@code article} text (splitting included).
 *
 * <p>Needs the data: {@code ../shared/eval} from the working directory, or
 * {@code -Dnutshell.eval.dir=DIR} (JMH passes the host JVM's options on to its forks). Without it
 * the benchmark fails at setup with a message saying so; every other benchmark runs without data.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class DevSetBenchmark {
    private static final Length THREE = Length.sentences(3);

    /** Which dev set, and how its documents are given. */
    @Param({"cnndm-presplit", "bbc-raw"})
    public String set;

    private Summarizer summarizer;
    private List<String> texts;
    private List<List<String>> sentenceLists;
    private int next;

    /** Loads the dev set and builds the default summarizer. */
    @Setup(Level.Trial)
    public void setUp() {
        summarizer = Summarizer.builder().build();
        texts = new ArrayList<>();
        sentenceLists = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        boolean cnn = set.startsWith("cnndm");
        for (String line : lines(cnn ? "cnndm-dev.jsonl" : "bbc-dev.jsonl")) {
            JsonNode record = readTree(json, line);
            if (cnn) {
                List<String> sentences = new ArrayList<>();
                record.get("article_sentences").forEach(sentence -> sentences.add(sentence.asText()));
                sentenceLists.add(sentences);
            } else {
                texts.add(record.get("article").asText());
            }
        }
    }

    /** @return the summary of the next document */
    @Benchmark
    public Summary summarizeNext() {
        boolean presplit = !sentenceLists.isEmpty();
        int size = presplit ? sentenceLists.size() : texts.size();
        int document = next;
        next = (next + 1) % size;
        return presplit ? summarizer.summarize(sentenceLists.get(document), THREE)
                : summarizer.summarize(texts.get(document), THREE);
    }

    /** The dev-set directory: {@code nutshell.eval.dir}, else the first of the usual places that exists. */
    static Path evalDirectory() {
        String configured = System.getProperty("nutshell.eval.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : List.of("../shared/eval", "../../shared/eval")) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("evaluation data not found at ../shared/eval or ../../shared/eval;"
                + " pass -Dnutshell.eval.dir=DIR or exclude this benchmark");
    }

    static List<String> lines(String file) {
        Path path = evalDirectory().resolve(file);
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static JsonNode readTree(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("bad JSON line in the dev set", e);
        }
    }
}

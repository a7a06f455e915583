package dev.nutshell.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import dev.nutshell.text.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * What {@code --language auto} costs: over the raw BBC dev articles (median about 2,000
 * characters), one thread, after warm-up; one operation is the next article, round robin:
 * <ul>
 *   <li>{@code detect}: {@link TextAnalyzer#detectLanguage(CharSequence)} alone (OpenNLP's detector
 *   on the first 600 characters);</li>
 *   <li>{@code summarizeEnglish}: the default summary, 3 sentences, English named;</li>
 *   <li>{@code summarizeAuto}: the same with {@code language("auto")}: detection, then the same
 *   analysis.</li>
 * </ul>
 * The cost of detection is {@code summarizeAuto - summarizeEnglish}, and should be about {@code
 * detect}. Needs the data, as {@link DevSetBenchmark} does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class LanguageBenchmark {
    private static final Length LENGTH = Length.sentences(3);

    private Summarizer english;
    private Summarizer auto;
    private List<String> texts;
    private int next;

    /** Loads the BBC dev articles. */
    @Setup(Level.Trial)
    public void setUp() {
        english = Summarizer.builder().language("en").build();
        auto = Summarizer.builder().language("auto").build();
        texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(DevSetBenchmark.evalDirectory().resolve("bbc-dev.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).get("article").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the BBC dev set", e);
        }
    }

    private String nextText() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return text;
    }

    /** @return the next article's detected language */
    @Benchmark
    public Optional<String> detect() {
        return TextAnalyzer.detectLanguage(nextText());
    }

    /** @return the next article's summary, analysed as English */
    @Benchmark
    public Summary summarizeEnglish() {
        return english.summarize(nextText(), LENGTH);
    }

    /** @return the next article's summary, its language detected first */
    @Benchmark
    public Summary summarizeAuto() {
        return auto.summarize(nextText(), LENGTH);
    }
}

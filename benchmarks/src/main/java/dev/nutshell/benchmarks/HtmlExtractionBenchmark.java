package dev.nutshell.benchmarks;

import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import dev.nutshell.extraction.Page;
import dev.nutshell.extraction.PageExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Pages per second on the 109 dev pages of the Article Extraction Benchmark ({@code
 * ../shared/eval/html}), one thread, after warm-up: one operation handles the next page (round
 * robin), so the score is pages/s. {@code extract}: {@link PageExtractor#extract(String)}, HTML
 * parsing included (the pages are decoded to strings at setup); {@code summarizeHtml}: the same
 * plus summarizing the main text in three sentences.
 *
 * <p>Warm-up is long: the first few hundred pages run at a third of the final speed, while the JIT
 * compiles jsoup's tokenizer and tree code.
 *
 * <p>Needs the data, found as {@link DevSetBenchmark} finds it; without it the benchmark fails at
 * setup with a message saying so ({@code -e HtmlExtraction} leaves it out).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
// jsoup's tokenizer and the extraction reach full speed only after some thousand pages.
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class HtmlExtractionBenchmark {
    private static final Length THREE = Length.sentences(3);

    private final PageExtractor extractor = PageExtractor.standard();
    private Summarizer summarizer;
    private List<String> pages;
    private int next;

    /** Reads the dev pages and builds the default summarizer. */
    @Setup(Level.Trial)
    public void setUp() {
        Path folder = DevSetBenchmark.evalDirectory().resolve("html");
        try (Stream<Path> files = Files.list(folder)) {
            pages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dev pages in " + folder, e);
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no .html page in " + folder);
        }
        summarizer = Summarizer.builder().build();
    }

    /** @return the main text of the next page */
    @Benchmark
    public Page extract() {
        return extractor.extract(nextPage());
    }

    /** @return the three-sentence summary of the next page's main text */
    @Benchmark
    public Summary summarizeHtml() {
        return summarizer.summarizeHtml(nextPage(), THREE);
    }

    private String nextPage() {
        String page = pages.get(next);
        next = (next + 1) % pages.size();
        return page;
    }
}

package dev.nutshell.benchmarks;

import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
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
 * The whole {@code summarize} call with the default algorithm and a three-sentence budget: from raw
 * text, from pre-split sentences, and from an article analysed beforehand (scoring, selection and
 * the {@code Summary} only).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class SummarizeBenchmark {
    private static final Length THREE = Length.sentences(3);

    private Summarizer summarizer;

    /** Builds the default summarizer. */
    @Setup(Level.Trial)
    public void setUp() {
        summarizer = Summarizer.builder().build();
    }

    /**
     * @param news the document
     * @return the summary of its raw text
     */
    @Benchmark
    public Summary rawText(NewsArticle news) {
        return summarizer.summarize(news.text, THREE);
    }

    /**
     * @param news the document
     * @return the summary of its sentences
     */
    @Benchmark
    public Summary preSplit(NewsArticle news) {
        return summarizer.summarize(news.sentences, THREE);
    }

    /**
     * @param news the document
     * @return the summary of its analysed article
     */
    @Benchmark
    public Summary analysed(NewsArticle news) {
        return summarizer.summarize(news.article, THREE);
    }
}

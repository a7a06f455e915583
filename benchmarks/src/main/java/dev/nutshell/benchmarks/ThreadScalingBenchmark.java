package dev.nutshell.benchmarks;

import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one shared {@link Summarizer} (default algorithm, raw text, three sentences) with
 * one and with two threads calling it: JMH sums the threads' operations, so scaling with cores
 * shows as {@code twoThreads ≈ 2 × oneThread} on a machine with two idle cores. Every thread walks
 * through its own sequence of 64 different 35-sentence articles.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ThreadScalingBenchmark {
    private static final int ARTICLES = 64;
    private static final Length THREE = Length.sentences(3);

    /** The summarizer and the articles, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        Summarizer summarizer;
        List<String> texts;

        /** Builds the summarizer and generates the articles. */
        @Setup(Level.Trial)
        public void setUp() {
            summarizer = Summarizer.builder().build();
            texts = new ArrayList<>(ARTICLES);
            for (int a = 0; a < ARTICLES; a++) {
                texts.add(SyntheticNews.text(SyntheticNews.sentences(SyntheticNews.STORY_SENTENCES, a), a));
            }
        }
    }

    /** Which article a thread summarizes next. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /**
     * @param shared the summarizer and articles
     * @param cursor this thread's position
     * @return the summary of the next article
     */
    @Benchmark
    @Threads(1)
    public Summary oneThread(Shared shared, Cursor cursor) {
        return summarizeNext(shared, cursor);
    }

    /**
     * @param shared the summarizer and articles
     * @param cursor this thread's position
     * @return the summary of the next article
     */
    @Benchmark
    @Threads(2)
    public Summary twoThreads(Shared shared, Cursor cursor) {
        return summarizeNext(shared, cursor);
    }

    private static Summary summarizeNext(Shared shared, Cursor cursor) {
        String text = shared.texts.get(cursor.next);
        cursor.next = (cursor.next + 1) % ARTICLES;
        return shared.summarizer.summarize(text, THREE);
    }
}

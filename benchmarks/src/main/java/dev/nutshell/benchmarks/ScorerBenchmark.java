package dev.nutshell.benchmarks;

import dev.nutshell.scoring.Algorithm;
import dev.nutshell.scoring.ScoringContext;
import dev.nutshell.scoring.SentenceScorer;
import dev.nutshell.scoring.SentenceScores;
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
 * Every built-in scorer on a pre-analysed article: for the graph scorers this is graph
 * construction plus power iteration; {@code tfidf} is TF-IDF weighting of the article's terms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class ScorerBenchmark {
    /** The algorithm's name in {@link Algorithm}. */
    @Param({"lead", "tfidf", "textrank", "textrank-tfidf"})
    public String algorithm;

    /** What the summarizer tells a scorer for a three-sentence summary. */
    private static final ScoringContext THREE_SENTENCES = ScoringContext.ofSummarySentences(3);

    private SentenceScorer scorer;

    /** Looks up the scorer. */
    @Setup(Level.Trial)
    public void setUp() {
        scorer = Algorithm.named(algorithm).scorer();
    }

    /**
     * @param news the analysed document
     * @return its sentence scores
     */
    @Benchmark
    public SentenceScores score(NewsArticle news) {
        return scorer.score(news.article, THREE_SENTENCES);
    }
}

package dev.nutshell.benchmarks;

import dev.nutshell.article.Sentence;
import dev.nutshell.scoring.Algorithm;
import dev.nutshell.scoring.ScoringContext;
import dev.nutshell.scoring.SentenceScores;
import dev.nutshell.selection.Budget;
import dev.nutshell.selection.SentenceSelector;
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
import org.openjdk.jmh.annotations.Warmup;

/** Selection of the best sentences under a budget from TextRank scores computed beforehand. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class SelectionBenchmark {
    private static final int UNLIMITED = Integer.MAX_VALUE;

    private SentenceScores scores;

    /** @param news the analysed document */
    @Setup(Level.Trial)
    public void setUp(NewsArticle news) {
        scores = Algorithm.TEXTRANK.scorer().score(news.article, ScoringContext.ofSummarySentences(3));
    }

    /**
     * @param news the analysed document
     * @return the best three sentences, in document order
     */
    @Benchmark
    public List<Sentence> threeSentences(NewsArticle news) {
        return SentenceSelector.select(news.article, scores, new Budget(3, UNLIMITED, UNLIMITED));
    }

    /**
     * @param news the analysed document
     * @return the best fifth of the sentences (Length.ratio(0.2))
     */
    @Benchmark
    public List<Sentence> fifthOfTheSentences(NewsArticle news) {
        return SentenceSelector.select(news.article, scores, new Budget((news.size + 4) / 5, UNLIMITED, UNLIMITED));
    }
}

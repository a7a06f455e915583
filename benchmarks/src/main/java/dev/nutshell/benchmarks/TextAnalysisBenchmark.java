package dev.nutshell.benchmarks;

import dev.nutshell.article.Article;
import dev.nutshell.text.TextAnalyzer;
import dev.nutshell.text.TextSegment;
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

/**
 * The English text analysis alone, kept apart from ranking: sentence splitting (blocks, rules and
 * the OpenNLP model for ambiguous candidates), tokenizing and stemming of pre-split sentences into
 * an article, and both together on raw text.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class TextAnalysisBenchmark {
    private TextAnalyzer analyzer;

    /** Loads the English models. */
    @Setup(Level.Trial)
    public void setUp() {
        analyzer = TextAnalyzer.english();
    }

    /**
     * @param news the document
     * @return its sentences and lines
     */
    @Benchmark
    public List<TextSegment> split(NewsArticle news) {
        return analyzer.split(news.text);
    }

    /**
     * @param news the document
     * @return the article from its pre-split sentences: tokenized, stop words dropped, stemmed
     */
    @Benchmark
    public Article tokenizeAndStem(NewsArticle news) {
        return analyzer.analyze(news.sentences);
    }

    /**
     * @param news the document
     * @return the article from its raw text: split, tokenized, stemmed
     */
    @Benchmark
    public Article analyzeText(NewsArticle news) {
        return analyzer.analyze(news.text);
    }
}

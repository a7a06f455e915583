package dev.nutshell.benchmarks;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.internal.CosineSimilarity;
import dev.nutshell.internal.PageRank;
import dev.nutshell.internal.WordOverlapSimilarity;
import java.util.Arrays;
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
 * The ranking kernels on a pre-analysed article: building the similarity graph (an inverted index
 * of shared terms, never the n × n matrix) for both similarities, one product {@code W x} with
 * each, and TextRank's power iteration to convergence. Inputs are what {@code TextRankScorer}
 * derives from the article; TF-IDF weighting is part of the cosine graph's construction.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class GraphBenchmark {
    private int[][] distinctTerms;
    private int[] lengths;
    private double[][] tfIdfWeights;
    private int vocabularySize;
    private WordOverlapSimilarity wordOverlap;
    private CosineSimilarity cosine;
    private double[] x;
    private double[] y;

    /** @param news the analysed document */
    @Setup(Level.Trial)
    public void setUp(NewsArticle news) {
        Article article = news.article;
        List<Sentence> sentences = article.sentences();
        int n = sentences.size();
        vocabularySize = article.vocabularySize();
        distinctTerms = new int[n][];
        lengths = new int[n];
        tfIdfWeights = new double[n][];
        for (int i = 0; i < n; i++) {
            Sentence sentence = sentences.get(i);
            distinctTerms[i] = new int[sentence.distinctTermCount()];
            tfIdfWeights[i] = new double[sentence.distinctTermCount()];
            for (int k = 0; k < distinctTerms[i].length; k++) {
                int term = sentence.distinctTermAt(k);
                distinctTerms[i][k] = term;
                tfIdfWeights[i][k] = sentence.termFrequencyAt(k) * (1 + Math.log((double) n / article.sentenceFrequency(term)));
            }
            lengths[i] = sentence.termCount();
        }
        wordOverlap = new WordOverlapSimilarity(distinctTerms, lengths, vocabularySize);
        cosine = new CosineSimilarity(distinctTerms, tfIdfWeights, vocabularySize);
        x = new double[n];
        Arrays.fill(x, 1.0 / n);
        y = new double[n];
    }

    /** @return the word-overlap graph (TextRank's equation 3) */
    @Benchmark
    public WordOverlapSimilarity wordOverlapGraph() {
        return new WordOverlapSimilarity(distinctTerms, lengths, vocabularySize);
    }

    /** @return the TF-IDF cosine graph, from the weighted term vectors */
    @Benchmark
    public CosineSimilarity cosineGraph() {
        return new CosineSimilarity(distinctTerms, tfIdfWeights, vocabularySize);
    }

    /** @return {@code W x} for the word-overlap graph */
    @Benchmark
    public double[] wordOverlapProduct() {
        wordOverlap.multiply(x, y);
        return y;
    }

    /** @return {@code W x} for the cosine graph */
    @Benchmark
    public double[] cosineProduct() {
        cosine.multiply(x, y);
        return y;
    }

    /** @return TextRank scores over the word-overlap graph: d = 0.85, tolerance 1e-6, at most 100 products */
    @Benchmark
    public double[] pageRank() {
        return PageRank.weighted(wordOverlap, 0.85, 1e-6, 100);
    }
}

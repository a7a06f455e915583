package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nutshell.article.TestArticles;
import dev.nutshell.internal.NaiveGraph;
import dev.nutshell.internal.RandomArticles;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * TextRank's scores against a naive dense PageRank (explicit n × n similarity matrix built pair by
 * pair, same start, damping and stopping rule) on 200 random articles of 1 to 60 sentences.
 */
class TextRankPropertyTest {
    /** Any context: this scorer does not depend on it. */
    private static final ScoringContext CONTEXT = ScoringContext.ofSummarySentences(3);
    private static final List<List<List<String>>> ARTICLES = RandomArticles.generate(200, 4242L);

    @Test
    void wordOverlapTextRankEqualsNaiveDensePageRank() {
        assertMatchesNaive(Algorithm.TEXTRANK.scorer(), NaiveGraph::wordOverlap);
    }

    @Test
    void cosineTextRankEqualsNaiveDensePageRank() {
        assertMatchesNaive(Algorithm.TEXTRANK_TFIDF.scorer(), NaiveGraph::tfIdfCosine);
    }

    private static void assertMatchesNaive(SentenceScorer scorer, Function<List<List<String>>, double[][]> graph) {
        for (List<List<String>> terms : ARTICLES) {
            double[] expected = NaiveGraph.pageRank(graph.apply(terms), 0.85, 1e-6, 100);
            SentenceScores scores = scorer.score(TestArticles.ofTerms(terms), CONTEXT);
            assertEquals(expected.length, scores.size());
            for (int i = 0; i < expected.length; i++) {
                if (Math.abs(expected[i] - scores.get(i)) > 1e-6) {
                    assertEquals(expected[i], scores.get(i), 1e-6, terms + " sentence " + i);
                }
            }
        }
    }
}

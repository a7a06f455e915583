package dev.nutshell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fast products {@code W x} (no n × n matrix) against the naive matrix built pair by pair from
 * the definitions, on 200 random articles of 1 to 60 sentences over small vocabularies.
 */
class SimilarityOperatorPropertyTest {
    private static final List<List<List<String>>> ARTICLES = RandomArticles.generate(200, 20240611L);

    @Test
    void theWordOverlapProductEqualsTheNaiveMatrixProduct() {
        assertProductsMatch(Operators::wordOverlap, NaiveGraph::wordOverlap);
    }

    @Test
    void theCosineProductEqualsTheNaiveMatrixProduct() {
        assertProductsMatch(Operators::tfIdfCosine, NaiveGraph::tfIdfCosine);
    }

    @Test
    void theRandomArticlesContainEmptyAndOneTermSentencesAndOverlaps() {
        // Guards the generator: the property tests above must see these cases.
        long empty = ARTICLES.stream().flatMap(List::stream).filter(List::isEmpty).count();
        long oneTerm = ARTICLES.stream().flatMap(List::stream).filter(s -> s.size() == 1).count();
        long linked = ARTICLES.stream().filter(a -> Arrays.stream(NaiveGraph.wordOverlap(a))
                .flatMapToDouble(Arrays::stream).anyMatch(w -> w > 0)).count();
        assertTrue(empty > 100, "empty sentences: " + empty);
        assertTrue(oneTerm > 100, "one-term sentences: " + oneTerm);
        assertTrue(linked > 150, "articles with edges: " + linked);
    }

    private static void assertProductsMatch(Function<List<List<String>>, SimilarityOperator> fast,
            Function<List<List<String>>, double[][]> naive) {
        Random random = new Random(7);
        for (int a = 0; a < ARTICLES.size(); a++) {
            List<List<String>> article = ARTICLES.get(a);
            SimilarityOperator operator = fast.apply(article);
            double[][] w = naive.apply(article);
            int n = article.size();
            assertEquals(n, operator.size());
            for (int trial = 0; trial < 3; trial++) {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = trial == 0 ? 1 : random.nextDouble() * 3;
                }
                double[] xCopy = x.clone();
                double[] y = new double[n];
                Arrays.fill(y, Double.NaN); // must be overwritten, not accumulated into
                operator.multiply(x, y);
                double[] expected = NaiveGraph.multiply(w, x);
                for (int i = 0; i < n; i++) {
                    if (Math.abs(expected[i] - y[i]) > 1e-9) {
                        assertEquals(expected[i], y[i], 1e-9, "article " + a + " " + article + ", x " + Arrays.toString(x)
                                + ", row " + i);
                    }
                }
                assertTrue(Arrays.equals(xCopy, x), "multiply must not modify x");
            }
        }
    }
}

package dev.nutshell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.article.TestArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sentences as unit TF-IDF vectors, and the cost and exact value of their cosines. */
class UnitVectorsTest {

    /**
     * Sentence 0 has 40,000 distinct terms, sentence 1 has 10 of them: their cosine looks each of
     * the 10 up in the long list, about 2 log₂ 40,000 ≈ 31 comparisons each, instead of walking it.
     */
    @Test
    void theCosineWithAHugeSentenceCostsTheShortOneTimesALogarithm() {
        List<String> huge = new ArrayList<>();
        for (int t = 0; t < 40_000; t++) {
            huge.add("t" + t);
        }
        List<String> short1 = List.of("t5", "t900", "t1000", "t7000", "t12000", "t20000", "t30001", "t39999", "x", "y");
        UnitVectors vectors = UnitVectors.lazy(TestArticles.ofTerms(huge, short1, huge));

        vectors.dot(0, 1);
        vectors.dot(1, 2);

        assertTrue(vectors.comparisons() <= 2 * 10 * 34, vectors.comparisons() + " comparisons");
    }

    /**
     * Whatever the lengths, the cosine is bit for bit the sum a plain merge of the two sorted term
     * lists forms, in ascending term order, and it is symmetric.
     */
    @Test
    void theCosineIsExactlyTheMergedSumInTermOrder() {
        Random random = new Random(10);
        for (int trial = 0; trial < 20; trial++) {
            List<List<String>> sentences = new ArrayList<>();
            for (int s = 0; s < 12; s++) {
                int length = random.nextInt(4) == 0 ? 1 + random.nextInt(3000) : 1 + random.nextInt(12);
                List<String> terms = new ArrayList<>();
                for (int t = 0; t < length; t++) {
                    terms.add("t" + random.nextInt(4000));
                }
                sentences.add(terms);
            }
            Article article = TestArticles.ofTerms(sentences);
            UnitVectors vectors = UnitVectors.tfIdf(article);
            for (int i = 0; i < sentences.size(); i++) {
                for (int j = 0; j < sentences.size(); j++) {
                    assertEquals(mergedCosine(article, i, j), vectors.dot(i, j), 0.0, "sentences " + i + ", " + j);
                }
            }
        }
    }

    /** The cosine as the merge of sorted term ids computes it, weights normalised as {@link UnitVectors} does. */
    private static double mergedCosine(Article article, int i, int j) {
        Sentence a = article.sentences().get(i);
        Sentence b = article.sentences().get(j);
        double[] wa = unitWeights(article, a);
        double[] wb = unitWeights(article, b);
        double sum = 0;
        int x = 0;
        int y = 0;
        while (x < wa.length && y < wb.length) {
            int ta = a.distinctTermAt(x);
            int tb = b.distinctTermAt(y);
            if (ta == tb) {
                sum += wa[x++] * wb[y++];
            } else if (ta < tb) {
                x++;
            } else {
                y++;
            }
        }
        return sum;
    }

    private static double[] unitWeights(Article article, Sentence sentence) {
        double[] values = new double[sentence.distinctTermCount()];
        double squares = 0;
        for (int k = 0; k < values.length; k++) {
            values[k] = sentence.termFrequencyAt(k) * article.inverseSentenceFrequency(sentence.distinctTermAt(k));
            squares += values[k] * values[k];
        }
        double norm = Math.sqrt(squares);
        for (int k = 0; k < values.length; k++) {
            values[k] /= norm;
        }
        return values;
    }
}

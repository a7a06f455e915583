package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nutshell.article.Article;
import dev.nutshell.article.TestArticles;
import dev.nutshell.internal.RandomArticles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * TF-IDF scores: {@code idf(t) = 1 + ln(N / sf(t))}, {@code weight(t) = tf_article(t) × idf(t)},
 * score = mean weight over the sentence's term occurrences, 0 without terms.
 */
class TfIdfScorerTest {
    /** Any context: this scorer does not depend on it. */
    private static final ScoringContext CONTEXT = ScoringContext.ofSummarySentences(3);
    private static final double EXACT = 1e-9;
    private final TfIdfScorer scorer = TfIdfScorer.create();

    /**
     * S0 = [a b a], S1 = [b c], S2 = [c d], S3 = []; N = 4.
     * sf: a 1, b 2, c 2, d 1, so idf(a) = idf(d) = 1 + ln 4 and idf(b) = idf(c) = 1 + ln 2.
     * Article tf: a 2, b 2, c 2, d 1, so w(a) = 2 (1 + ln 4), w(b) = w(c) = 2 (1 + ln 2),
     * w(d) = 1 + ln 4. Scores: S0 = (2 w(a) + w(b)) / 3, S1 = (w(b) + w(c)) / 2,
     * S2 = (w(c) + w(d)) / 2, S3 = 0.
     */
    @Test
    void scoresAreTheMeanArticleTfIdfWeightOfTheSentencesTermOccurrences() {
        Article article = TestArticles.ofTerms(List.of("a", "b", "a"), List.of("b", "c"), List.of("c", "d"), List.of());
        double wa = 2 * (1 + Math.log(4));
        double wb = 2 * (1 + Math.log(2));
        double wc = 2 * (1 + Math.log(2));
        double wd = 1 + Math.log(4);
        SentenceScores scores = scorer.score(article, CONTEXT);
        assertEquals(4, scores.size());
        assertEquals((2 * wa + wb) / 3, scores.get(0), EXACT);
        assertEquals((wb + wc) / 2, scores.get(1), EXACT);
        assertEquals((wc + wd) / 2, scores.get(2), EXACT);
        assertEquals(0, scores.get(3), 0);
    }

    /**
     * S0 = [x y], S1 = [x]: x is in every sentence, idf(x) = 1 + ln 1 = 1, w(x) = 2 × 1;
     * w(y) = 1 × (1 + ln 2). S0 = (2 + 1 + ln 2) / 2, S1 = 2.
     */
    @Test
    void aTermInEverySentenceStillWeighsItsArticleFrequency() {
        SentenceScores scores = scorer.score(TestArticles.ofTerms(List.of("x", "y"), List.of("x")), CONTEXT);
        assertEquals((2 + 1 + Math.log(2)) / 2, scores.get(0), EXACT);
        assertEquals(2, scores.get(1), EXACT);
    }

    /** One sentence [a a b]: N = sf = 1, idf = 1, w(a) = 2, w(b) = 1; score (2 + 2 + 1) / 3. */
    @Test
    void aOneSentenceArticleScoresTheMeanArticleFrequency() {
        SentenceScores scores = scorer.score(TestArticles.ofTerms(List.of(List.of("a", "a", "b"))), CONTEXT);
        assertEquals(5.0 / 3, scores.get(0), EXACT);
    }

    @Test
    void identicalSentencesGetIdenticalScores() {
        SentenceScores scores = scorer.score(TestArticles.ofTerms(
                List.of("a", "b", "c"), List.of("b", "d"), List.of("a", "b", "c"), List.of("e", "c")), CONTEXT);
        assertEquals(scores.get(0), scores.get(2), 0);
    }

    @Test
    void sentencesWithoutTermsScoreZero() {
        SentenceScores scores = scorer.score(TestArticles.ofTerms(List.of(), List.of()), CONTEXT);
        assertEquals(0, scores.get(0), 0);
        assertEquals(0, scores.get(1), 0);
    }

    /** The formula evaluated term by term from the raw lists, on 200 random articles. */
    @Test
    void randomArticlesScoreAsTheFormulaComputedFromTheTermLists() {
        for (List<List<String>> terms : RandomArticles.generate(200, 99L)) {
            Map<String, Integer> sf = new HashMap<>();
            Map<String, Integer> tf = new HashMap<>();
            for (List<String> sentence : terms) {
                new HashSet<>(sentence).forEach(t -> sf.merge(t, 1, Integer::sum));
                sentence.forEach(t -> tf.merge(t, 1, Integer::sum));
            }
            SentenceScores scores = scorer.score(TestArticles.ofTerms(terms), CONTEXT);
            for (int i = 0; i < terms.size(); i++) {
                double sum = 0;
                for (String t : terms.get(i)) {
                    sum += tf.get(t) * (1 + Math.log((double) terms.size() / sf.get(t)));
                }
                double expected = terms.get(i).isEmpty() ? 0 : sum / terms.get(i).size();
                assertEquals(expected, scores.get(i), EXACT, terms + " sentence " + i);
            }
        }
    }
}

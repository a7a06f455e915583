package dev.nutshell.keyphrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nutshell.article.Article;
import dev.nutshell.article.ArticleWords;
import dev.nutshell.article.PartOfSpeech;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRankingTest {
    /** PageRank stops once no score moves by 1e-4; the fixed point is that close, times about d / (1 − d). */
    private static final double ITERATION_TOLERANCE = 1e-3;

    /**
     * "a b c. c." untagged: candidates "a b c" (words 0 to 2) and "c" (word 3). TextRank's scores
     * (see {@code KeyphraseExtractorTest}): a = c = 0.770270…, b = 1.459459…, so "a b c" sums to 3
     * and "c" to 0.770270…; every word is rare (untagged words are never common), so both double,
     * which the division by the largest takes out again.
     */
    @Test
    void featuresOfATinyTextByHand() {
        Candidates candidates = Candidates.of(words("a b c. c.", new int[][] {{0, 0, 1}, {0, 2, 3}, {0, 4, 5}, {1, 7, 8}}), 5);
        PhraseFeatures features = LogisticRanking.SHORT_TEXTS.features(candidates);
        double c = 0.21375 / 0.2775;

        assertEquals(2, features.size());
        assertEquals(Math.log(1 + PhraseFeatures.SCORE_FLOOR), features.value(0, PhraseFeatures.LOG_SCORE), 1e-12);
        assertEquals(Math.log(c / 3 + PhraseFeatures.SCORE_FLOOR), features.value(1, PhraseFeatures.LOG_SCORE), ITERATION_TOLERANCE);
        assertEquals(List.of(0.0, 0.0, 1.0, 0.0), oneHotLength(features, 0), "three words");
        assertEquals(List.of(1.0, 0.0, 0.0, 0.0), oneHotLength(features, 1), "one word");
        assertEquals(1, features.value(0, PhraseFeatures.EARLY), 1e-12);
        assertEquals(1 / (1 + 3 / 50.0), features.value(1, PhraseFeatures.EARLY), 1e-12);
        assertEquals(0, features.value(0, PhraseFeatures.LOG_OCCURRENCES), 1e-12);
        assertEquals(Math.log(2), features.value(1, PhraseFeatures.LOG_INSIDE), 1e-12, "\"c\" is inside \"a b c\"");
        assertEquals(0, features.value(1, PhraseFeatures.LOG_HOLDS), 1e-12);
        assertEquals(Math.log(2), features.value(0, PhraseFeatures.LOG_HOLDS), 1e-12, "\"a b c\" holds \"c\"");
        assertEquals(0, features.value(0, PhraseFeatures.LOG_INSIDE), 1e-12);
        for (int phrase = 0; phrase < 2; phrase++) {
            assertEquals(0, features.value(phrase, PhraseFeatures.HEADLINE));
            assertEquals(0, features.value(phrase, PhraseFeatures.COMMON_SHARE));
            assertEquals(0, features.value(phrase, PhraseFeatures.FIRST_COMMON));
        }
    }

    /**
     * "x y x. x y. y. z x y x. y. x." untagged: candidates "x y x", "x y", "y" (twice), "z x y x" and
     * "x". A part is counted once per candidate that holds it, however often it recurs there: "x"
     * is in "x y x" twice and counts once.
     */
    @Test
    void nestingCountsEachHolderOnce() {
        Candidates candidates = Candidates.of(words("x y x. x y. y. z x y x. y. x.",
                new int[][] {{0, 0, 1}, {0, 2, 3}, {0, 4, 5}, {1, 7, 8}, {1, 9, 10}, {2, 12, 13},
                    {3, 15, 16}, {3, 17, 18}, {3, 19, 20}, {3, 21, 22}, {4, 24, 25}, {5, 27, 28}}), 5);
        PhraseFeatures features = LogisticRanking.SHORT_TEXTS.features(candidates);
        List<String> texts = new ArrayList<>();
        for (int phrase = 0; phrase < candidates.size(); phrase++) {
            texts.add(KeyphraseExtractor.text(candidates, phrase));
        }

        assertEquals(List.of("x y x", "x y", "y", "z x y x", "x"), texts);
        assertEquals(List.of(1, 2, 3, 0, 3), counts(features, PhraseFeatures.LOG_INSIDE), "how many hold each");
        assertEquals(List.of(3, 2, 0, 4, 0), counts(features, PhraseFeatures.LOG_HOLDS), "how many each holds");
        assertEquals(Math.log(2), features.value(2, PhraseFeatures.LOG_OCCURRENCES), 1e-12, "\"y\" occurs twice");
    }

    /** The score is the logistic function of the intercept plus the weighted features. */
    @Test
    void aPhraseScoresTheLogisticOfItsWeightedFeatures() {
        Candidates candidates = Candidates.of(words("a b c. c.", new int[][] {{0, 0, 1}, {0, 2, 3}, {0, 4, 5}, {1, 7, 8}}), 5);
        double[] weights = new double[PhraseFeatures.COUNT + 1];
        weights[PhraseFeatures.ONE_WORD] = -2;
        weights[PhraseFeatures.LOG_HOLDS] = 1;
        weights[PhraseFeatures.COUNT] = 0.5;
        LogisticRanking ranking = new LogisticRanking(new GraphRanker(2, false, false), weights);

        double[] scores = ranking.score(candidates);

        assertEquals(1 / (1 + Math.exp(-(0.5 + Math.log(2)))), scores[0], 1e-12);
        assertEquals(1 / (1 + Math.exp(-(0.5 - 2))), scores[1], 1e-12);
    }

    @Test
    void weightsAreOnePerFeatureAndTheInterceptAllFinite() {
        GraphRanker graph = new GraphRanker(2, false, false);
        assertThrows(IllegalArgumentException.class, () -> new LogisticRanking(graph, new double[PhraseFeatures.COUNT]));
        double[] infinite = new double[PhraseFeatures.COUNT + 1];
        infinite[3] = Double.POSITIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> new LogisticRanking(graph, infinite));
        double[] notANumber = new double[PhraseFeatures.COUNT + 1];
        notANumber[PhraseFeatures.COUNT] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> new LogisticRanking(graph, notANumber));
    }

    /** Short texts take the model learned from abstracts, long texts the one learned from news. */
    @Test
    void theDefaultRanksWithTheLearnedModels() {
        LengthAdaptiveRanker ranker = (LengthAdaptiveRanker) KeyphraseRanking.NUTSHELL.ranker();

        assertSame(LogisticRanking.SHORT_TEXTS, ranker.shortTexts());
        assertSame(LogisticRanking.NEWS, ranker.longTexts());
    }

    /**
     * The fit recovers the weights that made the labels: 40,000 rows of random features, each
     * label drawn with the logistic probability of known weights. With a penalty of 10 against
     * 40,000 rows the shrinkage is far below the sampling error, about 0.05 a weight here.
     */
    @Test
    void theFitRecoversTheWeightsThatMadeTheLabels() {
        Random random = new Random(7);
        double[] truth = new double[PhraseFeatures.COUNT + 1];
        for (int j = 0; j < truth.length; j++) {
            truth[j] = random.nextDouble() * 2 - 1;
        }
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            double[] row = new double[PhraseFeatures.COUNT];
            double logit = truth[PhraseFeatures.COUNT];
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian() * (j + 1) / 4 + j;
                logit += truth[j] * row[j] / (j + 1);
            }
            rows.add(row);
            labels.add(random.nextDouble() < 1 / (1 + Math.exp(-logit)));
        }

        double[] fitted = KeyphraseModelTraining.logistic(rows, labels);

        for (int j = 0; j < PhraseFeatures.COUNT; j++) {
            assertEquals(truth[j] / (j + 1), fitted[j], 0.25 / (j + 1), "weight " + j);
        }
        assertEquals(truth[PhraseFeatures.COUNT], fitted[PhraseFeatures.COUNT], 1.0, "the intercept");
    }

    /** The counts behind a feature {@code ln(1 + count)}, for every candidate. */
    private static List<Integer> counts(PhraseFeatures features, int feature) {
        List<Integer> counts = new ArrayList<>();
        for (int phrase = 0; phrase < features.size(); phrase++) {
            counts.add((int) Math.round(Math.expm1(features.value(phrase, feature))));
        }
        return counts;
    }

    private static List<Double> oneHotLength(PhraseFeatures features, int phrase) {
        return List.of(features.value(phrase, PhraseFeatures.ONE_WORD), features.value(phrase, PhraseFeatures.TWO_WORDS),
                features.value(phrase, PhraseFeatures.THREE_WORDS), features.value(phrase, PhraseFeatures.FOUR_WORDS));
    }

    /** Words given as {sentence, start, end}, keyed by their text, untagged; sentences end at each period. */
    private static ArticleWords words(String text, int[][] words) {
        Article.Builder article = Article.builder(text);
        int sentences = words[words.length - 1][0] + 1;
        int start = 0;
        for (int sentence = 0; sentence < sentences; sentence++) {
            int end = text.indexOf('.', start) + 1;
            article.addSentence(start, end, List.of(), 1);
            start = end + 1;
        }
        ArticleWords.Builder builder = ArticleWords.builder(article.build(), false);
        for (int[] word : words) {
            builder.add(word[0], word[1], word[2], text.substring(word[1], word[2]), PartOfSpeech.UNKNOWN, 0);
        }
        return builder.build();
    }
}

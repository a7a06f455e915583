package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Averaging per-document scores: plain means ({@link RougeAverage}) and the Perl's bootstrap ({@link RougeBootstrap}). */
class RougeAverageTest {
    private static final double EPSILON = 1e-12;

    private static RougeScores same(RougeScore score) {
        return new RougeScores(score, score, score);
    }

    @Test
    void eachMeasureIsAveragedOverDocuments() {
        // F is averaged as it is, not recomputed from the mean precision and recall.
        RougeScore first = new RougeScore(1.0, 0.5, 2.0 / 3);
        RougeScore second = new RougeScore(0.5, 1.0, 2.0 / 3);
        RougeScores mean = RougeAverage.empty().plus(same(first)).plus(same(second)).mean();
        assertEquals(0.75, mean.rouge1().precision(), EPSILON);
        assertEquals(0.75, mean.rouge2().recall(), EPSILON);
        assertEquals(2.0 / 3, mean.rougeL().f1(), EPSILON);
    }

    @Test
    void noDocumentAveragesToZero() {
        assertEquals(0, RougeAverage.empty().count());
        assertEquals(RougeScores.zero(), RougeAverage.empty().mean());
    }

    @Test
    void collectorAndPlusAgree() {
        List<RougeScores> documents = IntStream.range(0, 100)
                .mapToObj(i -> same(RougeScore.fromCounts(i % 7, 10, 12))).toList();
        RougeAverage sequential = RougeAverage.empty();
        for (RougeScores document : documents) {
            sequential = sequential.plus(document);
        }
        RougeAverage parallel = documents.parallelStream().collect(RougeAverage.collector());
        assertEquals(100, parallel.count());
        assertEquals(sequential.mean().rouge1().f1(), parallel.mean().rouge1().f1(), 1e-12);
        assertEquals(sequential.mean().rougeL().recall(), parallel.mean().rougeL().recall(), 1e-12);
    }

    @Test
    void scoresFromCountsFollowThePerlsFormulas() {
        RougeScore score = RougeScore.fromCounts(3, 4, 6);
        assertEquals(0.75, score.precision(), EPSILON);
        assertEquals(0.5, score.recall(), EPSILON);
        assertEquals(0.6, score.f1(), EPSILON);
        assertEquals(RougeScore.zero(), RougeScore.fromCounts(0, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> RougeScore.fromCounts(5, 4, 6));
        assertThrows(IllegalArgumentException.class, () -> new RougeScore(Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RougeScore(0, 1.5, 0));
    }

    @Test
    void bootstrapOfOneDocumentIsItsRoundedScores() {
        // Every draw picks the only document; the Perl rounds P and R to five decimals and
        // computes F from the rounded values.
        RougeScores only = same(RougeScore.fromCounts(1, 3, 7));
        RougeBootstrap bootstrap = RougeBootstrap.of(List.of(only));
        RougeScore expected = new RougeScore(0.33333, 0.14286, 0.2);
        assertEquals(same(expected), bootstrap.average());
        assertEquals(same(expected), bootstrap.lowerBound());
        assertEquals(same(expected), bootstrap.upperBound());
    }

    @Test
    void bootstrapAverageIsNearThePlainMeanAndInsideItsInterval() {
        List<RougeScores> documents = IntStream.range(0, 300)
                .mapToObj(i -> same(RougeScore.fromCounts(i % 11, 12, 15))).toList();
        RougeBootstrap bootstrap = RougeBootstrap.of(documents);
        RougeAverage plain = documents.stream().collect(RougeAverage.collector());
        double mean = plain.mean().rouge1().recall();
        double resampled = bootstrap.average().rouge1().recall();
        assertEquals(mean, resampled, 0.005);
        assertEquals(300, bootstrap.count());
        assertEquals(true, bootstrap.lowerBound().rouge1().recall() < resampled);
        assertEquals(true, bootstrap.upperBound().rouge1().recall() > resampled);
    }

    @Test
    void bootstrapOrdersEvaluationIdsAsPerlSortsThem() {
        // Keys "<id>.<peer>" sorted as strings: "10" comes before "2".
        Map<String, RougeScores> byId = new LinkedHashMap<>();
        List<RougeScores> documents = IntStream.range(0, 12)
                .mapToObj(i -> same(RougeScore.fromCounts(i, 12, 12))).toList();
        for (int i = 0; i < documents.size(); i++) {
            byId.put(String.valueOf(i + 1), documents.get(i));
        }
        List<RougeScores> perlOrder = List.of(documents.get(0), documents.get(9), documents.get(10),
                documents.get(11), documents.get(1), documents.get(2), documents.get(3), documents.get(4),
                documents.get(5), documents.get(6), documents.get(7), documents.get(8));
        assertEquals(RougeBootstrap.of(perlOrder).average(), RougeBootstrap.ofEvaluations(byId).average());
    }

    @Test
    void bootstrapOfNoDocumentIsZero() {
        assertEquals(RougeScores.zero(), RougeBootstrap.of(List.of()).average());
    }
}

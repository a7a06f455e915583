package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Article Extraction Benchmark's shingle scoring, by hand and against its reference scorer. */
class ExtractionScoreTest {
    private static final double EXACT = 1e-12;

    /**
     * Truth "a b c d e" has shingles abcd, bcde; prediction "x a b c d" has xabc, abcd: tp 1, fp 1, fn 1.
     */
    @Test
    void sharedShinglesAreTruePositives() {
        ExtractionScore score = ExtractionScore.of("a b c d e", "x a b c d");
        assertEquals(new ExtractionScore(1, 1, 1, false), score);
        assertEquals(0.5, score.precision(), EXACT);
        assertEquals(0.5, score.recall(), EXACT);
    }

    @Test
    void aShortTextIsOneShingle() {
        assertEquals(new ExtractionScore(1, 0, 0, true), ExtractionScore.of("Short text", "Short, text!"));
        assertEquals(new ExtractionScore(0, 1, 1, false), ExtractionScore.of("Short text", "short text"));
    }

    @Test
    void anEmptyPredictionHasNoPrecision() {
        ExtractionScore score = ExtractionScore.of("one two three four five", "");
        assertEquals(new ExtractionScore(0, 0, 2, false), score);
        assertTrue(Double.isNaN(score.precision()));
        assertEquals(0, score.recall(), EXACT);
    }

    @Test
    void tokensArePythonWordRuns() {
        assertEquals(List.of("Fares", "rise", "by", "½", "x_y", "3", "14"), ExtractionScore.tokens("Fares rise by ½; x_y 3.14"));
        // A combining mark is not a word character for Python's \w: it splits the word.
        assertEquals(List.of("cafe", "s"), ExtractionScore.tokens("cafe\u0301s"));
        assertEquals(List.of("Ⅻ", "𝟙"), ExtractionScore.tokens("Ⅻ 𝟙"));
    }

    @Test
    void countsMustNotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractionScore(-1, 0, 0, false));
    }

    @Test
    void theMacroAverageLeavesEmptyPredictionsOutOfPrecisionOnly() {
        ExtractionAverage average = ExtractionAverage.of(List.of(
                new ExtractionScore(1, 1, 1, false), // P 0.5, R 0.5
                new ExtractionScore(0, 0, 4, false), // no P, R 0
                new ExtractionScore(3, 0, 0, true))); // P 1, R 1
        assertEquals(0.75, average.precision(), EXACT);
        assertEquals(0.5, average.recall(), EXACT);
        assertEquals(2 * 0.75 * 0.5 / 1.25, average.f1(), EXACT);
        assertEquals(1.0 / 3, average.accuracy(), EXACT);
        assertEquals(new ExtractionAverage(0, 0, 0, 0, 0), ExtractionAverage.of(List.of()));
    }

    /** Figures of score_html_extraction.py (the benchmark's method) on a fixture of six pairs. */
    @Test
    void theFixtureGivesTheReferenceScorersFigures() throws IOException {
        List<ExtractionScore> scores = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("extraction-fixture.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode record = mapper.readTree(line);
                ExtractionScore score = ExtractionScore.of(record.get("truth").asText(), record.get("prediction").asText());
                assertEquals(new ExtractionScore(record.get("tp").asLong(), record.get("fp").asLong(),
                        record.get("fn").asLong(), record.get("exact").asBoolean()), score, record.get("id").asText());
                scores.add(score);
            }
        }
        ExtractionAverage average = ExtractionAverage.of(scores);
        assertEquals(6, average.pages());
        assertEquals(0.5761840811276662, average.f1(), EXACT);
        assertEquals(0.6030769230769231, average.precision(), EXACT);
        assertEquals(0.5515873015873016, average.recall(), EXACT);
        assertEquals(1.0 / 6, average.accuracy(), EXACT);
        assertFalse(scores.get(2).exact());
    }
}

package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nutshell.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java scorer against the reference scorer, {@code score_keyphrases.py}: on the reference
 * baseline's outputs ({@code keyphrases/score-check}) it must print the figures the data's README
 * gives, to the hundredth, and scoring the gold lists themselves must give theirs.
 */
class KeyphraseEvaluationReferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBaselineOnInspecScoresWhatTheReferenceScorerPrints() throws IOException {
        Path directory = SharedData.evaluationDirectory("keyphrases/score-check").resolve("keyphrases");

        double[] figures = macro(directory.resolve("inspec-dev.jsonl"), directory.resolve("score-check/baseline-tf-inspec-dev.jsonl"));

        assertEquals(List.of(27.22, 17.43, 19.90, 24.80, 29.61, 25.48), rounded(figures));
    }

    @Test
    void theBaselineOnDucScoresWhatTheReferenceScorerPrints() throws IOException {
        Path directory = SharedData.evaluationDirectory("keyphrases/score-check").resolve("keyphrases");

        double[] figures = macro(directory.resolve("duc2001-dev.jsonl"), directory.resolve("score-check/baseline-tf-duc2001-dev.jsonl"));

        assertEquals(List.of(16.23, 10.95, 12.83, 14.75, 19.25, 16.44), rounded(figures));
    }

    @Test
    void theGoldListsScoreWhatTheReferenceScorerPrints() throws IOException {
        Path directory = SharedData.evaluationDirectory("keyphrases/score-check").resolve("keyphrases");

        assertEquals(93.82, rounded(macro(directory.resolve("inspec-dev.jsonl"), directory.resolve("inspec-dev.jsonl"))).get(5));
        assertEquals(99.19, rounded(macro(directory.resolve("duc2001-dev.jsonl"), directory.resolve("duc2001-dev.jsonl"))).get(5));
    }

    /** Macro P@5, R@5, F1@5, P@10, R@10, F1@10 in percent. */
    private static double[] macro(Path gold, Path predictions) throws IOException {
        Map<String, List<String>> predicted = read(predictions);
        Map<String, List<String>> expected = read(gold);
        double[] sums = new double[6];
        for (Map.Entry<String, List<String>> document : expected.entrySet()) {
            List<String> prediction = predicted.get(document.getKey());
            KeyphraseScore atFive = KeyphraseEvaluation.score(prediction, document.getValue(), 5);
            KeyphraseScore atTen = KeyphraseEvaluation.score(prediction, document.getValue(), 10);
            double[] values = {atFive.precision(), atFive.recall(), atFive.f1(), atTen.precision(), atTen.recall(), atTen.f1()};
            for (int i = 0; i < 6; i++) {
                sums[i] += values[i];
            }
        }
        for (int i = 0; i < 6; i++) {
            sums[i] = 100 * sums[i] / expected.size();
        }
        return sums;
    }

    private static List<Double> rounded(double[] figures) {
        List<Double> rounded = new ArrayList<>();
        for (double figure : figures) {
            rounded.add(Math.round(figure * 100) / 100.0);
        }
        return rounded;
    }

    private static Map<String, List<String>> read(Path file) throws IOException {
        Map<String, List<String>> keyphrases = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode record = JSON.readTree(line);
            List<String> phrases = new ArrayList<>();
            record.get("keyphrases").forEach(phrase -> phrases.add(phrase.asText()));
            keyphrases.put(record.get("id").asText(), phrases);
        }
        return keyphrases;
    }
}

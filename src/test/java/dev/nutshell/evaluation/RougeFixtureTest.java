package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * ROUGE against the original Perl ROUGE-1.5.5 ({@code -c 95 -m -r 1000 -n 2 -a}) on the twelve
 * documents kept in the repository, so that a clone with nothing beside it checks the scorer too.
 *
 * <p>{@code rouge-fixture.jsonl} holds short excerpts of the evaluation data in {@code ../shared/eval}:
 * the six CNN/DailyMail and six BBC dev documents with the shortest reference and Lead-3 output,
 * each with the reference sentences, the Lead-3 sentences of {@code rouge-check/lead3-*.sys.jsonl}
 * and the Perl's figures for them from {@code rouge-check/perdoc-lead3-*.json}. Every figure must
 * be within 0.05 percentage points, as in {@link RougeReferenceScorerTest}, which checks the whole
 * files when the data is there.
 */
class RougeFixtureTest {
    private static final double TOLERANCE = 0.05;
    private static final Map<String, ToDoubleFunction<RougeScores>> FIGURES = Map.of(
            "rouge1_f", s -> s.rouge1().f1(), "rouge2_f", s -> s.rouge2().f1(), "rougeL_f", s -> s.rougeL().f1(),
            "rouge1_r", s -> s.rouge1().recall(), "rouge2_r", s -> s.rouge2().recall(), "rougeL_r", s -> s.rougeL().recall(),
            "rouge1_p", s -> s.rouge1().precision(), "rouge2_p", s -> s.rouge2().precision(),
            "rougeL_p", s -> s.rougeL().precision());

    @Test
    void everyFigureOfTheKeptDocumentsIsTheReferenceScorers() throws IOException {
        List<JsonNode> documents = documents();
        List<String> failures = new ArrayList<>();
        for (JsonNode document : documents) {
            RougeScores scores = Rouge.standard().score(strings(document.get("system")), strings(document.get("reference")));
            JsonNode expected = document.get("rouge_1_5_5");
            FIGURES.forEach((figure, value) -> {
                double want = expected.get(figure).asDouble();
                double got = 100 * value.applyAsDouble(scores);
                if (Math.abs(want - got) > TOLERANCE) {
                    failures.add(document.get("id").asText() + " " + figure + ": ROUGE-1.5.5 " + want + ", here " + got);
                }
            });
        }

        assertEquals(12, documents.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<JsonNode> documents() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> documents = new ArrayList<>();
        try (InputStream in = RougeFixtureTest.class.getResourceAsStream("rouge-fixture.jsonl");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                documents.add(json.readTree(line));
            }
        }
        return documents;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.asText()));
        return strings;
    }
}

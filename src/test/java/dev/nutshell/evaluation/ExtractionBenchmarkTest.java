package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nutshell.extraction.PageExtractor;
import dev.nutshell.testing.SharedData;
import dev.nutshell.testing.TestReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dev pages of the Article Extraction Benchmark ({@code ../shared/eval/html}): the scorer gives
 * the README's figures for trafilatura's output, page by page, and the extractor reaches its goal.
 */
class ExtractionBenchmarkTest {
    private static final double SIX_DECIMALS = 5e-7;
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void trafilaturasOutputScoresAsTheReadmeSays() throws IOException {
        Path html = SharedData.evaluationDirectory("html/score-check").resolve("html");
        Map<String, String> truth = bodies(html.resolve("ground-truth.jsonl"));
        Map<String, String> predicted = bodies(html.resolve("score-check/trafilatura-2.0.0-dev.jsonl"));
        List<ExtractionScore> scores = new ArrayList<>();
        for (String line : Files.readAllLines(html.resolve("score-check/trafilatura-2.0.0-dev.perdoc.jsonl"))) {
            JsonNode page = mapper.readTree(line);
            String id = page.get("id").asText();
            ExtractionScore score = ExtractionScore.of(truth.get(id), predicted.get(id));
            assertEquals(new ExtractionScore(page.get("tp").asLong(), page.get("fp").asLong(), page.get("fn").asLong(),
                    page.get("exact").asBoolean()), score, id);
            scores.add(score);
        }
        ExtractionAverage average = ExtractionAverage.of(scores);
        assertEquals(109, average.pages());
        assertEquals(0.955581, average.f1(), SIX_DECIMALS);
        assertEquals(0.930963, average.precision(), SIX_DECIMALS);
        assertEquals(0.981536, average.recall(), SIX_DECIMALS);
        assertEquals(0.302752, average.accuracy(), SIX_DECIMALS);
    }

    @Test
    void theExtractorReachesF1OfPoint96OnTheDevPages() throws IOException {
        Path html = SharedData.evaluationDirectory("html/ground-truth.jsonl").resolve("html");
        List<ExtractionScore> scores = new ArrayList<>();
        for (Map.Entry<String, String> page : bodies(html.resolve("ground-truth.jsonl")).entrySet()) {
            try (InputStream in = Files.newInputStream(html.resolve(page.getKey() + ".html"))) {
                scores.add(ExtractionScore.of(page.getValue(), PageExtractor.standard().extract(in).text()));
            }
        }
        ExtractionAverage average = ExtractionAverage.of(scores);
        TestReport.print("extraction on the dev pages: " + average);
        assertEquals(109, average.pages());
        assertTrue(average.f1() >= 0.96, average::toString);
        assertTrue(average.precision() >= 0.95 && average.recall() >= 0.97, average::toString);
    }

    private Map<String, String> bodies(Path file) throws IOException {
        Map<String, String> bodies = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode record = mapper.readTree(line);
            bodies.put(record.get("id").asText(), record.get("articleBody").asText());
        }
        return bodies;
    }
}

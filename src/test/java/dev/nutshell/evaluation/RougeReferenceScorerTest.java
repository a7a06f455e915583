package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nutshell.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Scores the system outputs in {@code shared/eval/rouge-check/} and compares every figure with the
 * one the original Perl ROUGE-1.5.5 ({@code -c 95 -m -r 1000 -n 2 -a}) gave: the per-document
 * figures of the first 40 documents of each output and the averages over whole files (the table
 * in {@code rouge-check/README.md}). Each must be within 0.05 percentage points.
 *
 * <p>The Perl prints as averages the means of its bootstrap resamples; {@link RougeBootstrap}
 * replays them. It needs the order of the Perl's evaluation IDs: the reference scorer numbered
 * the documents 1 to N in file order (the one numbering under which all twelve averages come out
 * within rounding), so those figures must match within {@value #BOOTSTRAP_TOLERANCE}.
 *
 * <p>The data lives outside the repository ({@link SharedData}): without it the test is skipped,
 * and {@code RougeFixtureTest} checks the same on the few documents kept in the repository.
 */
class RougeReferenceScorerTest {
    private static final double TOLERANCE = 0.05;
    private static final double BOOTSTRAP_TOLERANCE = 0.01;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Figures from rouge-check/README.md: F1, R-L, then recall, R-L, in percent. */
    private static final double[] CNNDM_AVERAGES = {40.33, 17.86, 36.50, 52.24, 23.38, 47.28};
    private static final double[] BBC_AVERAGES = {44.73, 35.99, 43.64, 33.34, 26.80, 32.52};

    private static final Map<String, ToDoubleFunction<RougeScores>> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("rouge1_f", s -> s.rouge1().f1());
        FIGURES.put("rouge2_f", s -> s.rouge2().f1());
        FIGURES.put("rougeL_f", s -> s.rougeL().f1());
        FIGURES.put("rouge1_r", s -> s.rouge1().recall());
        FIGURES.put("rouge2_r", s -> s.rouge2().recall());
        FIGURES.put("rougeL_r", s -> s.rougeL().recall());
        FIGURES.put("rouge1_p", s -> s.rouge1().precision());
        FIGURES.put("rouge2_p", s -> s.rouge2().precision());
        FIGURES.put("rougeL_p", s -> s.rougeL().precision());
    }

    @Test
    void cnnDailyMailLead3MatchesTheReferenceScorer() throws IOException {
        check("cnndm-dev.jsonl", "highlights", "lead3-cnndm-dev.sys.jsonl", "perdoc-lead3-cnndm-dev.json",
                CNNDM_AVERAGES);
    }

    @Test
    void bbcLead3MatchesTheReferenceScorer() throws IOException {
        check("bbc-dev.jsonl", "summary_sentences", "lead3-bbc-dev.sys.jsonl", "perdoc-lead3-bbc-dev.json",
                BBC_AVERAGES);
    }

    private static void check(String referenceFile, String referenceField, String systemFile, String perDocFile,
            double[] expectedAverages) throws IOException {
        Path eval = SharedData.evaluationDirectory("rouge-check");
        Map<String, List<String>> references = readSentences(eval.resolve(referenceFile), referenceField);
        Map<String, List<String>> outputs = readSentences(eval.resolve("rouge-check").resolve(systemFile),
                "summary_sentences");

        Rouge rouge = Rouge.standard();
        Map<String, RougeScores> scores = new HashMap<>();
        Map<String, RougeScores> byEvaluationId = new HashMap<>();
        RougeAverage average = RougeAverage.empty();
        for (Map.Entry<String, List<String>> output : outputs.entrySet()) {
            List<String> reference = references.get(output.getKey());
            if (reference == null) {
                fail("no reference for " + output.getKey() + " in " + referenceFile);
            }
            RougeScores documentScores = rouge.score(output.getValue(), reference);
            scores.put(output.getKey(), documentScores);
            byEvaluationId.put(String.valueOf(byEvaluationId.size() + 1), documentScores);
            average = average.plus(documentScores);
        }

        List<String> failures = new ArrayList<>();
        Map<String, Double> maxDeviation = new LinkedHashMap<>();
        JsonNode perDoc = JSON.readTree(eval.resolve("rouge-check").resolve(perDocFile).toFile());
        assertTrue(perDoc.size() > 0, perDocFile + " holds no document");
        for (JsonNode expected : perDoc) {
            String id = expected.get("id").asText();
            RougeScores actual = scores.get(id);
            if (actual == null) {
                failures.add(id + ": not in " + systemFile);
                continue;
            }
            for (Map.Entry<String, ToDoubleFunction<RougeScores>> figure : FIGURES.entrySet()) {
                double want = expected.get(figure.getKey()).asDouble();
                double got = 100 * figure.getValue().applyAsDouble(actual);
                compare(id + " " + figure.getKey(), want, got, "per-doc " + figure.getKey(), failures, maxDeviation);
            }
        }

        RougeScores mean = average.mean();
        RougeScores resampled = RougeBootstrap.ofEvaluations(byEvaluationId).average();
        String[] names = {"rouge1_f", "rouge2_f", "rougeL_f", "rouge1_r", "rouge2_r", "rougeL_r"};
        for (int i = 0; i < names.length; i++) {
            double got = 100 * FIGURES.get(names[i]).applyAsDouble(mean);
            compare("average " + names[i], expectedAverages[i], got, "average " + names[i], failures, maxDeviation);
            double replayed = 100 * FIGURES.get(names[i]).applyAsDouble(resampled);
            double deviation = Math.abs(replayed - expectedAverages[i]);
            maxDeviation.merge("bootstrap " + names[i], Math.round(deviation * 10000) / 10000.0, Math::max);
            if (deviation > BOOTSTRAP_TOLERANCE) {
                failures.add(String.format("bootstrap average %s: ROUGE-1.5.5 %.2f, here %.4f", names[i],
                        expectedAverages[i], replayed));
            }
        }

        if (!failures.isEmpty()) {
            fail(failures.size() + " figure(s) of " + systemFile + " off by more than " + TOLERANCE
                    + " from ROUGE-1.5.5 (largest deviations, percentage points: " + maxDeviation + "):\n"
                    + String.join("\n", failures));
        }
    }

    private static void compare(String label, double want, double got, String kind, List<String> failures,
            Map<String, Double> maxDeviation) {
        double deviation = Math.abs(want - got);
        maxDeviation.merge(kind, Math.round(deviation * 10000) / 10000.0, Math::max);
        if (deviation > TOLERANCE) {
            failures.add(String.format("%s: ROUGE-1.5.5 %.2f, here %.4f", label, want, got));
        }
    }

    private static Map<String, List<String>> readSentences(Path file, String field) throws IOException {
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = JSON.readTree(line);
                List<String> list = new ArrayList<>();
                record.get(field).forEach(sentence -> list.add(sentence.asText()));
                sentences.put(record.get("id").asText(), list);
            }
        }
        return sentences;
    }

}

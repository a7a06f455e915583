package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.parse;
import static dev.nutshell.cli.JsonLinesFixture.variant;
import static dev.nutshell.cli.JsonLinesFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --per-doc}: each document's scores, the figures {@code compare} averages. */
class EvalPerDocumentTest {
    @TempDir
    Path directory;

    private static String record(String id, List<String> units, String... reference) {
        JsonWriter json = new JsonWriter().beginObject().member("id", id).member("article", "unused").beginArray("units");
        units.forEach(json::value);
        json.endArray().beginArray("ref");
        for (String sentence : reference) {
            json.value(sentence);
        }
        return json.endArray().endObject().toString();
    }

    private static Invocation eval(String data, String... options) {
        List<String> args = new ArrayList<>(List.of("eval", "--data", data, "--reference-field", "ref",
                "--sentences-field", "units", "--quiet", "--warm-up-seconds", "0", "--timed-seconds", "0"));
        args.addAll(List.of(options));
        return Invocation.run("", args.toArray(String[]::new));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Path file) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            records.add((Map<String, Object>) StrictJson.parse(line));
        }
        return records;
    }

    /**
     * The hand-checked pair of {@code RougeCommandTest}: lead's two units against "the cat was happy"
     * / "it sat" (R-1 80 / 100 / 66.667, R-2 30.769 / 40 / 25). With one document, eval's averages
     * are its figures too.
     */
    @Test
    void writesEachDocumentsHandCheckedScores() throws IOException {
        String data = write(directory, "data.jsonl", record("d1", List.of("the cat sat on the mat", "it was happy",
                "dogs bark at night"), "the cat was happy", "it sat"));
        Path perDocument = directory.resolve("scores.jsonl");

        Map<String, Object> output = parse(eval(data, "--algorithm", "lead", "--sentences", "2", "--per-doc",
                perDocument.toString()).assertSuccess());

        List<Map<String, Object>> records = lines(perDocument);
        assertEquals(1, records.size());
        Map<String, Object> document = records.get(0);
        assertEquals(List.of("id", "rouge1", "rouge2", "rougeL"), List.copyOf(document.keySet()));
        assertEquals("d1", document.get("id"));
        assertEquals(Map.of("f1", 80.0, "recall", 100.0, "precision", 66.667), variant(document, "rouge1"));
        assertEquals(Map.of("f1", 30.769, "recall", 40.0, "precision", 25.0), variant(document, "rouge2"));
        assertEquals(List.of("f1", "recall", "precision"), List.copyOf(variant(document, "rougeL").keySet()));
        for (String name : List.of("rouge1", "rouge2", "rougeL")) {
            assertEquals(variant(output, name), variant(document, name), name);
        }
    }

    /** One line per document in data order; their plain mean is the figure compare reports. */
    @Test
    void theMeanOfTheLinesIsWhatCompareReports() throws IOException {
        List<String> units = List.of("the harbour council met on monday", "the ferry budget was approved",
                "boats will sail at dawn", "the mayor praised the plan");
        String data = write(directory, "data.jsonl",
                record("z", units, "the ferry budget was approved by the council"),
                record("a", units, "boats sail at dawn"),
                record("m", units, "the mayor met the council on monday"));
        Path perDocument = directory.resolve("scores.jsonl");

        eval(data, "--algorithm", "textrank", "--sentences", "1", "--per-doc", perDocument.toString()).assertSuccess();

        List<Map<String, Object>> records = lines(perDocument);
        assertEquals(List.of("z", "a", "m"), records.stream().map(record -> record.get("id")).toList());
        double mean = records.stream().mapToDouble(record -> (Double) variant(record, "rouge1").get("f1")).sum() / 3;
        Map<String, Object> compared = parse(Invocation.run("", "compare", "--data", data, "--reference-field", "ref",
                "--sentences-field", "units", "--sentences", "1", "--algorithm", "textrank", "--algorithm", "lead",
                "--quiet").assertSuccess());
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) compared.get("systems")).get(0);
        assertEquals((Double) variant(first, "rouge1").get("f1"), mean, 0.0005);
    }

    @Test
    void perDocAndOutputMayNotNameTheSameFile() {
        String data = write(directory, "data.jsonl", record("d1", List.of("one unit"), "one unit"));
        String same = directory.resolve("same.jsonl").toString();

        assertEquals("--output and --per-doc name the same file, " + same,
                eval(data, "--output", same, "--per-doc", same).assertUsageError());
        assertFalse(Files.exists(Path.of(same)));
    }
}

package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nutshell tune}: a grid over the default algorithm's settings, one table row each. */
class TuneCommandTest {
    @TempDir
    Path directory;

    /** Three units; the reference is the third, so only a setting that picks it scores above 0. */
    private String data() {
        JsonWriter json = new JsonWriter().beginObject().member("id", "d1").member("article", "unused")
                .beginArray("units").value("harbour boats sail at dawn").value("harbour boats sail at dusk")
                .value("market stalls open late").endArray()
                .beginArray("ref").value("market stalls open late").endArray().endObject();
        return write(directory, "data.jsonl", json.toString());
    }

    private Invocation tune(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("tune", "--data", data(), "--reference-field", "ref",
                "--sentences-field", "units", "--quiet"));
        args.addAll(List.of(options));
        return Invocation.run("", args.toArray(String[]::new));
    }

    private static List<String> rows(Invocation invocation) {
        return invocation.outLines().stream().filter(line -> line.startsWith("| ") && !line.startsWith("| position")).toList();
    }

    @Test
    void everyCombinationGetsOneRowAndTheDefaultIsMarked() {
        Invocation result = tune("--sentences", "1").assertSuccess();
        assertTrue(result.out().startsWith("1 document, 162 settings; * the default"), result.out());
        List<String> rows = rows(result);
        assertEquals(162, rows.size());
        assertEquals(1, rows.stream().filter(row -> row.startsWith("| *0.7 | 0.4 | -1 | 0.1:0.4 | 0.2 |")).count());
    }

    /** The default setting's row shows what {@code eval} reports for the default algorithm. */
    @Test
    void theDefaultRowEqualsEvalOfTheDefaultAlgorithm() {
        List<String> rows = rows(tune("--sentences", "1", "--position", "0.7", "--length", "0.4", "--earlier", "-1",
                "--shares", "0.1:0.4", "--redundancy", "0.2").assertSuccess());
        java.util.Map<String, Object> eval = JsonLinesFixture.parse(Invocation.run("", "eval", "--data", data(),
                "--reference-field", "ref", "--sentences-field", "units", "--sentences", "1", "--quiet",
                "--warm-up-seconds", "0", "--timed-seconds", "0").assertSuccess());
        String expected = String.format(java.util.Locale.ROOT, "| *0.7 | 0.4 | -1 | 0.1:0.4 | 0.2 | %.2f | %.2f | %.2f |",
                f1(eval, "rouge1"), f1(eval, "rouge2"), f1(eval, "rougeL"));
        assertEquals(List.of(expected), rows);
    }

    @SuppressWarnings("unchecked")
    private static double f1(java.util.Map<String, Object> output, String variant) {
        return (Double) ((java.util.Map<String, Object>) output.get(variant)).get("f1");
    }

    /**
     * Ten units: an unrelated lead, fillers, and at unit 4 the sentence that the later ones keep
     * coming back to, which is the reference: position-heavy settings pick the lead, the others
     * the reference.
     */
    private String centralData() {
        JsonWriter json = new JsonWriter().beginObject().member("id", "d1").member("article", "unused").beginArray("units")
                .value("the weather was mild in the morning")
                .value("a choir sang in the old church")
                .value("tourists visited the museum")
                .value("the bakery sold bread")
                .value("the harbour council approved the ferry budget plan")
                .value("the ferry budget was debated")
                .value("the harbour plan needs a ferry")
                .value("council members praised the budget")
                .value("a ferry will cross the harbour")
                .value("the plan starts next year")
                .endArray().beginArray("ref").value("the harbour council approved the ferry budget plan").endArray()
                .endObject();
        return write(directory, "central.jsonl", json.toString());
    }

    @Test
    void rowsAreSortedByRougeOneBestFirst() {
        List<Double> rouge1 = rows(Invocation.run("", "tune", "--data", centralData(), "--reference-field", "ref",
                "--sentences-field", "units", "--sentences", "1", "--quiet", "--position", "0,0.4,1,3").assertSuccess()).stream()
                .map(row -> Double.parseDouble(row.split("\\|")[6].strip())).toList();
        assertEquals(rouge1.stream().sorted(java.util.Comparator.reverseOrder()).toList(), rouge1);
        assertTrue(rouge1.get(0) > rouge1.get(rouge1.size() - 1), "the grid makes a difference: " + rouge1);
    }

    @Test
    void badGridValuesAreUsageErrors() {
        assertTrue(tune("--shares", "0.4:0.1").assertUsageError().contains("shares must satisfy"));
        assertTrue(tune("--shares", "half").assertUsageError().contains("SHORT:LONG"));
        assertTrue(tune("--redundancy", "-0.1").assertUsageError().contains("--redundancy"));
    }
}

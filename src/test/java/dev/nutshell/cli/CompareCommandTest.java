package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.parse;
import static dev.nutshell.cli.JsonLinesFixture.record;
import static dev.nutshell.cli.JsonLinesFixture.summary;
import static dev.nutshell.cli.JsonLinesFixture.variant;
import static dev.nutshell.cli.JsonLinesFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nutshell compare}: two systems on the same documents, with hand-computed differences. */
class CompareCommandTest {
    private static final String CANDIDATE_1 = "the cat sat on the mat";
    private static final String CANDIDATE_2 = "it was happy";
    private static final String[] REFERENCE = {"the cat was happy", "it sat"};

    @TempDir
    java.nio.file.Path directory;

    private static Invocation compare(String data, String... systems) {
        List<String> args = new ArrayList<>(List.of("compare", "--data", data, "--reference-field", "ref", "--quiet"));
        args.addAll(List.of(systems));
        return Invocation.run("", args.toArray(String[]::new));
    }

    /** Three documents with the same reference; references only, no article: two files need none. */
    private String references() {
        return write(directory, "data.jsonl", record("d1", "ref", REFERENCE), record("d2", "ref", REFERENCE),
                record("d3", "ref", REFERENCE));
    }

    /**
     * The candidate of {@code RougeCommandTest} (R-1 F 80, R-2 F 30.769, R-L F 80) on every document.
     */
    private String candidates() {
        return write(directory, "candidates.jsonl", summary("d1", CANDIDATE_1, CANDIDATE_2),
                summary("d2", CANDIDATE_1, CANDIDATE_2), summary("d3", CANDIDATE_1, CANDIDATE_2));
    }

    /** The candidate on d1, the reference itself (F 100 everywhere) on d2 and d3. */
    private String better() {
        return write(directory, "better.jsonl", summary("d1", CANDIDATE_1, CANDIDATE_2), summary("d2", REFERENCE),
                summary("d3", REFERENCE));
    }

    /**
     * better minus candidates, ROUGE-1 F1 points: 0, 20, 20. Mean 40/3 = 13.333. Of the four sign
     * assignments of the two nonzero differences, two (+ + and − −) reach a sum of 40 in magnitude,
     * so p = 2/4. A resample's mean is 0 with probability 1/27 (> 2.5%) and 20 with 8/27, so the
     * interval is [0, 20]. ROUGE-2: 0, 69.231, 69.231 (100 − 30.769), the same p.
     */
    @Test
    void theDifferenceIsTheFirstSystemMinusTheSecondWithHandComputedFigures() {
        Map<String, Object> output = parse(compare(references(), "--system", better(), "--system", candidates())
                .assertSuccess());

        Map<String, Object> rouge1 = variant(variant(output, "difference"), "rouge1");
        assertEquals(13.333, rouge1.get("mean"));
        assertEquals(List.of(0.0, 20.0), rouge1.get("ci95"));
        assertEquals(0.5, rouge1.get("p_value"));
        Map<String, Object> rouge2 = variant(variant(output, "difference"), "rouge2");
        assertEquals(46.154, rouge2.get("mean"));
        assertEquals(List.of(0.0, 69.231), rouge2.get("ci95"));
        assertEquals(0.5, rouge2.get("p_value"));
        List<Map<String, Object>> systems = systems(output);
        assertEquals(Map.of("f1", 93.333, "recall", 100.0, "precision", 88.889), variant(systems.get(0), "rouge1"));
        assertEquals(Map.of("f1", 80.0, "recall", 100.0, "precision", 66.667), variant(systems.get(1), "rouge1"));
    }

    @Test
    void swappingTheSystemsNegatesTheDifferenceAndKeepsThePValue() {
        Map<String, Object> output = parse(compare(references(), "--system", candidates(), "--system", better())
                .assertSuccess());

        Map<String, Object> rouge1 = variant(variant(output, "difference"), "rouge1");
        assertEquals(-13.333, rouge1.get("mean"));
        assertEquals(List.of(-20.0, 0.0), rouge1.get("ci95"));
        assertEquals(0.5, rouge1.get("p_value"));
    }

    /** The members, in order, as the issue spells them. */
    @Test
    void theOutputHasTheContractedShape() {
        String candidates = candidates();
        Map<String, Object> output = parse(compare(references(), "--system", better(), "--system", candidates)
                .assertSuccess());

        assertEquals(List.of("docs", "systems", "difference", "test"), List.copyOf(output.keySet()));
        assertEquals(3.0, output.get("docs"));
        List<Map<String, Object>> systems = systems(output);
        assertEquals(2, systems.size());
        for (Map<String, Object> system : systems) {
            assertEquals(List.of("name", "rouge1", "rouge2", "rougeL"), List.copyOf(system.keySet()));
            assertEquals(List.of("f1", "recall", "precision"), List.copyOf(variant(system, "rougeL").keySet()));
        }
        assertEquals(candidates, systems.get(1).get("name"));
        Map<String, Object> difference = variant(output, "difference");
        assertEquals(List.of("rouge1", "rouge2", "rougeL"), List.copyOf(difference.keySet()));
        for (String name : difference.keySet()) {
            assertEquals(List.of("mean", "ci95", "p_value"), List.copyOf(variant(difference, name).keySet()));
        }
        assertTrue(((String) output.get("test")).startsWith("two-sided paired permutation test of the mean F1 difference"), (String) output.get("test"));
    }

    @Test
    void aSystemFileComparedWithItselfDiffersByNothing() {
        String candidates = candidates();
        assertNoDifference(parse(compare(references(), "--system", candidates, "--system", candidates).assertSuccess()));
    }

    /** Ten units of which lead takes the first three, the reference being two of them and another. */
    private String articles() {
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            JsonWriter json = new JsonWriter().beginObject().member("id", "a" + d).member("article", "unused")
                    .beginArray("units");
            for (int unit = 0; unit < 10; unit++) {
                json.value("sentence " + unit + " of article " + d + " tells about topic " + (unit * d % 7));
            }
            json.endArray().beginArray("ref").value("sentence 0 of article " + d + " tells about topic 0")
                    .value("sentence 5 of article " + d).endArray().endObject();
            lines.add(json.toString());
        }
        return write(directory, "articles.jsonl", lines.toArray(String[]::new));
    }

    @Test
    void anAlgorithmComparedWithItselfDiffersByNothing() {
        assertNoDifference(parse(compare(articles(), "--sentences-field", "units", "--algorithm", "lead",
                "--algorithm", "LEAD").assertSuccess()));
    }

    /** The summaries eval writes for an algorithm are what compare scores for it. */
    @Test
    void anAlgorithmComparedWithItsOwnSummariesDiffersByNothing() {
        String data = articles();
        String lead = directory.resolve("lead.jsonl").toString();
        Invocation.run("", "eval", "--data", data, "--reference-field", "ref", "--sentences-field", "units",
                "--algorithm", "textrank", "--output", lead, "--quiet", "--warm-up-seconds", "0", "--timed-seconds", "0")
                .assertSuccess();

        Map<String, Object> output = parse(compare(data, "--sentences-field", "units", "--algorithm", "textrank",
                "--system", lead).assertSuccess());

        assertNoDifference(output);
        assertEquals(List.of("textrank", lead), systems(output).stream().map(system -> system.get("name")).toList());
    }

    private static void assertNoDifference(Map<String, Object> output) {
        List<Map<String, Object>> systems = systems(output);
        assertEquals(systems.get(0).get("rouge1"), systems.get(1).get("rouge1"));
        for (String name : List.of("rouge1", "rouge2", "rougeL")) {
            assertEquals(Map.of("mean", 0.0, "ci95", List.of(0.0, 0.0), "p_value", 1.0),
                    variant(variant(output, "difference"), name), name);
        }
    }

    @Test
    void exactlyTwoSystemsAreNeeded() {
        String data = references();
        String candidates = candidates();
        assertEquals(CompareCommand.TWO_SYSTEMS,
                compare(data, "--system", candidates).assertUsageError());
        assertEquals(CompareCommand.TWO_SYSTEMS,
                compare(data, "--system", candidates, "--system", candidates, "--algorithm", "lead").assertUsageError());
    }

    @Test
    void aDocumentWithoutASummaryIsAnError() {
        String partial = write(directory, "partial.jsonl", summary("d1", CANDIDATE_1), summary("d3", CANDIDATE_1));
        String error = compare(references(), "--system", candidates(), "--system", partial).assertUsageError();
        assertEquals(partial + ": no summary for the document with id \"d2\" of " + directory.resolve("data.jsonl"), error);
    }

    @Test
    void aSummaryOfNoDocumentIsAnError() {
        String stray = write(directory, "stray.jsonl", summary("d1", CANDIDATE_1), summary("d9", CANDIDATE_1));
        String error = compare(references(), "--system", candidates(), "--system", stray).assertUsageError();
        assertTrue(error.contains("line 2: no record with id \"d9\""), error);
    }

    @Test
    void badOptionsAreUsageErrors() {
        String data = references();
        String candidates = candidates();
        assertTrue(compare(data, "--algorithm", "luhn", "--system", candidates).assertUsageError()
                .contains("unknown algorithm 'luhn'"));
        assertEquals("--resamples must be within [1, 1000000], was 0",
                compare(data, "--system", candidates, "--system", candidates, "--resamples", "0").assertUsageError());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> systems(Map<String, Object> output) {
        return (List<Map<String, Object>>) output.get("systems");
    }
}

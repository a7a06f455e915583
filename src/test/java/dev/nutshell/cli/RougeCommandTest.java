package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.parse;
import static dev.nutshell.cli.JsonLinesFixture.record;
import static dev.nutshell.cli.JsonLinesFixture.summary;
import static dev.nutshell.cli.JsonLinesFixture.variant;
import static dev.nutshell.cli.JsonLinesFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.evaluation.Rouge;
import dev.nutshell.evaluation.RougeBootstrap;
import dev.nutshell.evaluation.RougeScores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RougeCommandTest {
    @TempDir
    Path directory;

    private Invocation rouge(String data, String system) {
        return Invocation.run("", "rouge", "--data", data, "--reference-field", "ref", "--system", system, "--quiet");
    }

    /**
     * Candidate "the cat sat on the mat" / "it was happy" (9 tokens) against reference "the cat was
     * happy" / "it sat" (6 tokens); no token is stemmed differently on the two sides.
     * <ul>
     * <li>ROUGE-1: 6 clipped matches (one "the" of two); P = 6/9 = 0.66667, R = 1, F = P·R/(P/2 + R/2)
     * of the rounded P and R = 0.80000.
     * <li>ROUGE-2: 8 candidate bigrams (one spans the sentence break, "mat it"), 5 reference bigrams,
     * 2 shared ("the cat", "was happy"); P = 0.25, R = 0.4, F = 0.1 / 0.325 = 0.30769.
     * <li>ROUGE-L: reference sentence 1 has "the cat" on an LCS with candidate sentence 1 and "was
     * happy" with sentence 2, sentence 2 has "sat" and "it": union 6 hits, so as ROUGE-1.
     * </ul>
     * With one document every bootstrap resample is that document, so the averages are its figures
     * and each interval is a single point.
     */
    @Test
    void scoresAHandCheckedDocumentExactly() {
        String data = write(directory, "data.jsonl", record("d1", "ref", "the cat was happy", "it sat"));
        String system = write(directory, "system.jsonl", summary("d1", "the cat sat on the mat", "it was happy"));

        Map<String, Object> output = parse(rouge(data, system).assertSuccess());

        assertEquals(List.of("docs", "rouge1", "rouge2", "rougeL", "confidence_interval_95"), List.copyOf(output.keySet()));
        assertEquals(1.0, output.get("docs"));
        assertEquals(Map.of("f1", 80.0, "recall", 100.0, "precision", 66.667), variant(output, "rouge1"));
        assertEquals(Map.of("f1", 30.769, "recall", 40.0, "precision", 25.0), variant(output, "rouge2"));
        assertEquals(Map.of("f1", 80.0, "recall", 100.0, "precision", 66.667), variant(output, "rougeL"));
        assertEquals(List.of("f1", "recall", "precision"), List.copyOf(variant(output, "rouge2").keySet()));
        Map<String, Object> interval = variant(variant(output, "confidence_interval_95"), "rouge2");
        assertEquals(Map.of("f1", List.of(30.769, 30.769), "recall", List.of(40.0, 40.0), "precision", List.of(25.0, 25.0)),
                interval);
    }

    /**
     * ROUGE-1.5.5's averages depend on the order of its evaluation IDs; the reference figures were
     * made with documents numbered in file order. Ids here run backwards, so numbering by id
     * would give other figures (checked, so that this test can tell the two apart).
     */
    @Test
    void averagesAreTheBootstrapReplayWithDocumentsNumberedInFileOrder() {
        List<String> dataLines = new ArrayList<>();
        List<String> systemLines = new ArrayList<>();
        List<RougeScores> fileOrder = new ArrayList<>();
        Map<String, RougeScores> byFileNumber = new HashMap<>();
        Map<String, RougeScores> byId = new HashMap<>();
        for (int document = 0; document < 12; document++) {
            String id = "doc-" + (char) ('z' - document);
            List<String> reference = List.of("alpha beta gamma delta epsilon zeta eta theta");
            List<String> candidate = List.of(String.join(" ", List.of("alpha", "beta", "gamma", "delta", "epsilon",
                    "zeta", "eta", "theta").subList(0, 1 + document % 8)) + " filler".repeat(document % 5));
            dataLines.add(record(id, "ref", reference.toArray(String[]::new)));
            systemLines.add(summary(id, candidate.toArray(String[]::new)));
            RougeScores scores = Rouge.standard().score(candidate, reference);
            fileOrder.add(scores);
            byFileNumber.put(String.valueOf(document + 1), scores);
            byId.put(id, scores);
        }
        String data = write(directory, "data.jsonl", dataLines.toArray(String[]::new));
        String system = write(directory, "system.jsonl", systemLines.toArray(String[]::new));

        Map<String, Object> output = parse(rouge(data, system).assertSuccess());

        RougeScores expected = RougeBootstrap.ofEvaluations(byFileNumber).average();
        assertEquals(RougeReport.percent(expected.rouge1().f1()), variant(output, "rouge1").get("f1"));
        assertEquals(RougeReport.percent(expected.rouge2().recall()), variant(output, "rouge2").get("recall"));
        assertEquals(RougeReport.percent(expected.rougeL().precision()), variant(output, "rougeL").get("precision"));
        assertNotEquals(expected.rouge1().f1(), RougeBootstrap.ofEvaluations(byId).average().rouge1().f1(),
                "the fixture must make the numbering matter");
        assertNotEquals(expected.rouge1().f1(), RougeBootstrap.of(fileOrder).average().rouge1().f1(),
                "numbers sort as strings (1, 10, 11, 12, 2, ...), not in file order");
    }

    @Test
    void scoresOnlyTheDocumentsThatHaveASummary() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one two"), record("b", "ref", "three four"),
                record("c", "ref", "five six"));
        String system = write(directory, "system.jsonl", summary("b", "three four"));

        Map<String, Object> output = parse(rouge(data, system).assertSuccess());

        assertEquals(1.0, output.get("docs"));
        assertEquals(100.0, variant(output, "rouge2").get("f1"));
    }

    @Test
    void anEmptySummaryScoresZero() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one two"));
        String system = write(directory, "system.jsonl", summary("a"));

        Map<String, Object> output = parse(rouge(data, system).assertSuccess());

        assertEquals(Map.of("f1", 0.0, "recall", 0.0, "precision", 0.0), variant(output, "rougeL"));
    }

    @Test
    void blankLinesCrLfAndAByteOrderMarkAreAccepted() {
        String data = JsonLinesFixture.writeBytes(directory, "data.jsonl",
                ("\uFEFF" + record("a", "ref", "one two") + "\r\n\r\n" + record("b", "ref", "three") + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        String system = write(directory, "system.jsonl", "", summary("a", "one two"), "   ", summary("b", "three"), "");

        Map<String, Object> output = parse(rouge(data, system).assertSuccess());

        assertEquals(2.0, output.get("docs"));
    }

    @Test
    void summaryWithoutAReferenceNamesTheSystemFileAndLine() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one two"));
        String system = write(directory, "system.jsonl", summary("a", "one"), summary("b", "two"));

        String message = rouge(data, system).assertUsageError();

        assertEquals(system + " line 2: no record with id \"b\" in " + data, message);
    }

    @Test
    void duplicateIdInTheSystemFileNamesBothLines() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one two"));
        String system = write(directory, "system.jsonl", summary("a", "one"), "", summary("a", "two"));

        String message = rouge(data, system).assertUsageError();

        assertEquals(system + " line 3: duplicate id \"a\", first on line 1", message);
    }

    @Test
    void duplicateIdInTheDataIsAnErrorToo() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one"), record("a", "ref", "two"));
        String system = write(directory, "system.jsonl", summary("a", "one"));

        assertEquals(data + " line 2: duplicate id \"a\", first on line 1", rouge(data, system).assertUsageError());
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one"), "{\"id\": \"b\", \"ref\": [\"two\"]");
        String system = write(directory, "system.jsonl", summary("a", "one"));

        String message = rouge(data, system).assertUsageError();

        assertTrue(message.startsWith(data + " line 2: malformed JSON at column "), message);
        assertTrue(!message.contains("Source"), message);
    }

    @Test
    void aLineThatIsNotAnObjectIsAnError() {
        String data = write(directory, "data.jsonl", "[\"a\"]");
        String system = write(directory, "system.jsonl", summary("a", "one"));

        assertEquals(data + " line 1: not a JSON object", rouge(data, system).assertUsageError());
    }

    @Test
    void twoObjectsOnOneLineAreAnError() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one") + " {}");
        String system = write(directory, "system.jsonl", summary("a", "one"));

        assertTrue(rouge(data, system).assertUsageError().startsWith(data + " line 1: text after the JSON object"));
    }

    @Test
    void aMemberGivenTwiceIsAnError() {
        String data = write(directory, "data.jsonl", "{\"id\":\"a\",\"ref\":[\"one\"],\"ref\":[\"two\"]}");
        String system = write(directory, "system.jsonl", summary("a", "one"));

        String message = rouge(data, system).assertUsageError();

        assertTrue(message.startsWith(data + " line 1: malformed JSON") && message.contains("'ref'"), message);
    }

    @Test
    void missingIdIsAnError() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one"), "{\"ref\":[\"two\"]}");
        String system = write(directory, "system.jsonl", summary("a", "one"));

        assertEquals(data + " line 2: no \"id\" member", rouge(data, system).assertUsageError());
    }

    @Test
    void idMustBeANonEmptyString() {
        String system = write(directory, "system.jsonl", summary("a", "one"));
        String numeric = write(directory, "numeric.jsonl", "{\"id\":7,\"ref\":[\"one\"]}");
        String empty = write(directory, "empty.jsonl", "{\"id\":\"\",\"ref\":[\"one\"]}");

        assertEquals(numeric + " line 1: \"id\" must be a string, was a number", rouge(numeric, system).assertUsageError());
        assertEquals(empty + " line 1: \"id\" is empty", rouge(empty, system).assertUsageError());
    }

    @Test
    void missingReferenceFieldIsAnError() {
        String data = write(directory, "data.jsonl", "{\"id\":\"a\",\"summary\":\"one\"}");
        String system = write(directory, "system.jsonl", summary("a", "one"));

        assertEquals(data + " line 1: no \"ref\" member", rouge(data, system).assertUsageError());
    }

    @Test
    void referenceMustBeANonEmptyArrayOfStrings() {
        String system = write(directory, "system.jsonl", summary("a", "one"));
        String text = write(directory, "text.jsonl", "{\"id\":\"a\",\"ref\":\"one\"}");
        String numbers = write(directory, "numbers.jsonl", "{\"id\":\"a\",\"ref\":[\"one\",2]}");
        String empty = write(directory, "empty.jsonl", "{\"id\":\"a\",\"ref\":[]}");

        assertEquals(text + " line 1: \"ref\" must be an array of strings, was a string", rouge(text, system).assertUsageError());
        assertEquals(numbers + " line 1: \"ref\" must be an array of strings, element 1 is a number",
                rouge(numbers, system).assertUsageError());
        assertEquals(empty + " line 1: \"ref\" has no sentence", rouge(empty, system).assertUsageError());
    }

    @Test
    void missingSummarySentencesIsAnError() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one"));
        String system = write(directory, "system.jsonl", "{\"id\":\"a\",\"summary\":\"one\"}");

        assertEquals(system + " line 1: no \"summary_sentences\" member", rouge(data, system).assertUsageError());
    }

    @Test
    void invalidUtf8NamesTheLine() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one"));
        byte[] bytes = (summary("a", "one") + "\n" + summary("b", "two X") + "\n").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 5] = (byte) 0xFF; // the X
        String system = JsonLinesFixture.writeBytes(directory, "system.jsonl", bytes);

        assertEquals(system + " line 2: not valid UTF-8", rouge(data, system).assertUsageError());
    }

    @Test
    void aFileWithoutRecordsIsAnError() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one"));
        String system = write(directory, "system.jsonl", "", " ");

        assertEquals(system + ": no record", rouge(data, system).assertUsageError());
    }

    @Test
    void missingFileIsAnError() {
        String data = write(directory, "data.jsonl", record("a", "ref", "one"));
        String system = directory.resolve("absent.jsonl").toString();

        assertEquals("cannot read " + system + ": no such file", rouge(data, system).assertUsageError());
    }

    @Test
    void allThreeOptionsAreRequired() {
        String message = Invocation.run("", "rouge", "--data", "x.jsonl", "--system", "y.jsonl").assertUsageError();

        assertTrue(message.contains("--reference-field"), message);
    }

    @Test
    void helpDescribesTheFiguresAndTheOutput() {
        String help = Invocation.run("", "rouge", "--help").assertSuccess().out()
                .replaceAll("\\s+", " "); // wherever picocli wraps the lines

        assertTrue(help.startsWith("Usage: nutshell rouge"), help);
        for (String expected : new String[] {"--data=DATA.jsonl", "--reference-field=FIELD", "--system=SYSTEM.jsonl",
                "--quiet", "ROUGE-1.5.5", "-c 95 -m -r 1000 -n 2 -a", "\"docs\"", "\"rouge1\"", "\"rougeL\"",
                "confidence_interval_95", "three decimals", "bootstrap"}) {
            assertTrue(help.contains(expected), () -> "help mentions " + expected + ":\n" + help);
        }
    }
}

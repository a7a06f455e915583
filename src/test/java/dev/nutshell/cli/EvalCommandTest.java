package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.parse;
import static dev.nutshell.cli.JsonLinesFixture.variant;
import static dev.nutshell.cli.JsonLinesFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code eval} command on tiny data sets written by each test. The runs skip the warm-up and
 * timing durations (one pass of each), except the one that checks the progress bar, which needs a
 * run longer than its delay.
 */
class EvalCommandTest {
    private static final List<String> BODY = Arrays.asList(Articles.BODY);

    @TempDir
    Path directory;

    private static Invocation eval(String data, String... options) {
        List<String> args = new ArrayList<>(List.of("eval", "--data", data, "--reference-field", "ref", "--quiet",
                "--warm-up-seconds", "0", "--timed-seconds", "0"));
        args.addAll(List.of(options));
        return Invocation.run("", args.toArray(String[]::new));
    }

    /** A data record: an id, the article's text, its units (if any) and the reference. */
    private static String record(String id, String article, List<String> units, String... reference) {
        JsonWriter json = new JsonWriter().beginObject().member("id", id).member("article", article);
        if (!units.isEmpty()) {
            json.beginArray("units");
            units.forEach(json::value);
            json.endArray();
        }
        json.beginArray("ref");
        for (String sentence : reference) {
            json.value(sentence);
        }
        return json.endArray().endObject().toString();
    }

    /** The system file's lines as id to summary sentences, strictly parsed, in file order. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> readSystem(Path file) throws IOException {
        Map<String, List<String>> summaries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Map<String, Object> record = (Map<String, Object>) StrictJson.parse(line);
            assertEquals(List.of("id", "summary_sentences"), List.copyOf(record.keySet()), line);
            summaries.put((String) record.get("id"), (List<String>) record.get("summary_sentences"));
        }
        return summaries;
    }

    /**
     * Lead with two sentences picks the units "the cat sat on the mat" and "it was happy", scored
     * against "the cat was happy" / "it sat": the figures {@code RougeCommandTest} derives by hand
     * for exactly this pair (R-1 and R-L F 80.000, R-2 F 30.769).
     */
    @Test
    void scoresAHandCheckedDocumentExactlyAndMeasuresThroughput() {
        String data = write(directory, "data.jsonl", record("d1", "unused", List.of("the cat sat on the mat",
                "it was happy", "dogs bark at night"), "the cat was happy", "it sat"));

        Map<String, Object> output = parse(eval(data, "--sentences-field", "units", "--algorithm", "lead",
                "--sentences", "2").assertSuccess());

        assertEquals(List.of("docs", "rouge1", "rouge2", "rougeL", "confidence_interval_95", "docs_per_second"),
                List.copyOf(output.keySet()));
        assertEquals(1.0, output.get("docs"));
        assertEquals(Map.of("f1", 80.0, "recall", 100.0, "precision", 66.667), variant(output, "rouge1"));
        assertEquals(Map.of("f1", 30.769, "recall", 40.0, "precision", 25.0), variant(output, "rouge2"));
        assertEquals(Map.of("f1", 80.0, "recall", 100.0, "precision", 66.667), variant(output, "rougeL"));
        double docsPerSecond = (Double) output.get("docs_per_second");
        assertTrue(docsPerSecond > 0 && Double.isFinite(docsPerSecond), "docs_per_second " + docsPerSecond);
    }

    @Test
    void outputHoldsEachSummaryInDataOrderAndRougeOnItGivesTheSameFigures() throws IOException {
        List<String> shifted = new ArrayList<>(BODY.subList(3, 9));
        String data = write(directory, "data.jsonl",
                record("z-park", Articles.PARK, List.of(), BODY.get(0), BODY.get(6)),
                record("a-shifted", String.join(" ", shifted), List.of(), BODY.get(4)));
        Path output = directory.resolve("system.jsonl");

        Map<String, Object> evaluated = parse(eval(data, "--output", output.toString()).assertSuccess());

        Map<String, List<String>> summaries = readSystem(output);
        assertEquals(List.of("z-park", "a-shifted"), List.copyOf(summaries.keySet()), "data order");
        for (List<String> summary : summaries.values()) {
            assertEquals(3, summary.size(), "3 sentences by default: " + summary);
            assertTrue(BODY.containsAll(summary), "verbatim body sentences: " + summary);
        }
        Map<String, Object> rescored = parse(Invocation.run("", "rouge", "--data", data, "--reference-field", "ref",
                "--system", output.toString(), "--quiet").assertSuccess());
        evaluated.remove("docs_per_second");
        assertEquals(rescored, evaluated);
    }

    @Test
    void sentencesFromReferenceTakesAsManyAsEachReferenceHas() throws IOException {
        String data = write(directory, "data.jsonl",
                record("one", Articles.PARK, List.of(), BODY.get(0)),
                record("four", Articles.PARK, List.of(), BODY.get(0), BODY.get(1), BODY.get(2), BODY.get(3)));
        Path output = directory.resolve("system.jsonl");

        eval(data, "--sentences-from-reference", "--algorithm", "lead", "--output", output.toString()).assertSuccess();

        Map<String, List<String>> summaries = readSystem(output);
        assertEquals(BODY.subList(0, 1), summaries.get("one"));
        assertEquals(BODY.subList(0, 4), summaries.get("four"), "lead-k: the first k body sentences");
    }

    @Test
    void sentencesFromReferenceSetToFalseMeansTheDefaultThreeSentences() throws IOException {
        String data = write(directory, "data.jsonl", record("one", Articles.PARK, List.of(), BODY.get(0)));
        Path output = directory.resolve("system.jsonl");

        eval(data, "--sentences-from-reference=false", "--algorithm", "lead", "--output", output.toString())
                .assertSuccess();

        assertEquals(BODY.subList(0, 3), readSystem(output).get("one"));
    }

    @Test
    void sentencesFieldRanksTheUnitsAsTheyAre() throws IOException {
        List<String> units = List.of("first unit. it has two sentences in it", "second unit", "third unit! also two");
        String data = write(directory, "data.jsonl", record("d", "Not used. At all.", units, "first unit"));
        Path output = directory.resolve("system.jsonl");

        eval(data, "--sentences-field", "units", "--algorithm", "lead", "--sentences", "2", "--output",
                output.toString()).assertSuccess();

        assertEquals(units.subList(0, 2), readSystem(output).get("d"));
    }

    /** The default 3 s of warm-up outlast the progress bar's 2 s delay, so on a terminal the bar must show. */
    @Test
    void withoutQuietAProgressBarGoesToATerminalStandardErrorAndTheJsonLineToStandardOutput() {
        String data = write(directory, "data.jsonl", record("d", Articles.PARK, List.of(), BODY.get(0)));

        Invocation result = Invocation.run(new java.io.ByteArrayInputStream(new byte[0]), false, true,
                "eval", "--data", data, "--reference-field", "ref");

        assertEquals(0, result.status(), result.err());
        assertTrue(parse(result).containsKey("docs_per_second"));
        assertTrue(result.err().startsWith("\reval: warm-up pass "), result.err());
        assertTrue(result.err().matches("(?s).*\reval: scoring \\[=+\\] 1/1 *\n"), () -> "ends with the last stage: " + result.err());
    }

    @Test
    void malformedLineFailsWithItsNumberAndWritesNoOutput() {
        assertDataErrorWritesNothing(List.of(record("a", "Text.", List.of(), "ref"), "{\"id\":\"b\","),
                "line 2: malformed JSON at column ");
    }

    @Test
    void missingIdFailsWithTheLineNumber() {
        assertDataErrorWritesNothing(List.of("{\"article\":\"Text.\",\"ref\":[\"r\"]}"), "line 1: no \"id\" member");
    }

    @Test
    void missingArticleFailsWithTheLineNumber() {
        assertDataErrorWritesNothing(List.of(record("a", "Text.", List.of(), "r"), "{\"id\":\"b\",\"ref\":[\"r\"]}"),
                "line 2: no \"article\" member");
    }

    @Test
    void missingReferenceFailsWithTheLineNumber() {
        assertDataErrorWritesNothing(List.of("{\"id\":\"b\",\"article\":\"Text.\"}"), "line 1: no \"ref\" member");
    }

    @Test
    void emptyReferenceFailsWithTheLineNumber() {
        assertDataErrorWritesNothing(List.of(record("a", "Text.", List.of())), "line 1: \"ref\" has no sentence");
    }

    @Test
    void duplicateIdFailsWithBothLineNumbers() {
        assertDataErrorWritesNothing(List.of(record("a", "Text.", List.of(), "r"), "", record("a", "Text.", List.of(), "r")),
                "line 3: duplicate id \"a\", first on line 1");
    }

    @Test
    void missingSentencesFieldFailsWithTheLineNumber() throws IOException {
        String data = write(directory, "data.jsonl", record("a", "Text.", List.of(), "r"));
        Path output = directory.resolve("system.jsonl");

        String message = eval(data, "--sentences-field", "units", "--output", output.toString()).assertUsageError();

        assertEquals(data + " line 1: no \"units\" member", message);
        assertOnlyTheDataIn(directory);
    }

    @Test
    void anExistingOutputIsLeftAsItWasOnError() throws IOException {
        String data = write(directory, "data.jsonl", "not json");
        Path output = directory.resolve("system.jsonl");
        Files.writeString(output, "previous run\n", StandardCharsets.UTF_8);

        eval(data, "--output", output.toString()).assertUsageError();

        assertEquals("previous run\n", Files.readString(output, StandardCharsets.UTF_8));
    }

    @Test
    void outputInAMissingDirectoryFailsBeforeTheDataIsRead() {
        String output = directory.resolve("absent").resolve("system.jsonl").toString();

        String message = eval(directory.resolve("absent.jsonl").toString(), "--output", output).assertUsageError();

        assertEquals("cannot write " + output + ": no such directory", message);
    }

    @Test
    void outputNeverReplacesTheData() throws IOException {
        String data = write(directory, "data.jsonl", record("a", "Text.", List.of(), "r"));
        String before = Files.readString(Path.of(data));

        String message = eval(data, "--output", data).assertUsageError();

        assertEquals("cannot write " + data + ": it is the input " + data, message);
        assertEquals(before, Files.readString(Path.of(data)));
    }

    @Test
    void lengthOptionsAreCheckedBeforeTheData() {
        String absent = directory.resolve("absent.jsonl").toString();

        assertEquals("--sentences must be >= 1, was 0", eval(absent, "--sentences", "0").assertUsageError());
        assertEquals(EvalCommand.LENGTH_REPEATED, eval(absent, "--sentences", "2", "--sentences", "3").assertUsageError());
        assertTrue(eval(absent, "--sentences", "2", "--sentences-from-reference").assertUsageError()
                .contains("mutually exclusive"));
        assertTrue(eval(absent, "--algorithm", "nope").assertUsageError().startsWith("unknown algorithm 'nope'"));
    }

    @Test
    void durationsMustBeSensibleNumbersOfSeconds() {
        String absent = directory.resolve("absent.jsonl").toString();

        assertEquals("--warm-up-seconds must be within [0, 3600], was -1.0",
                Invocation.run("", "eval", "--data", absent, "--reference-field", "ref", "--warm-up-seconds", "-1")
                        .assertUsageError());
        assertEquals("Invalid value for option '--timed-seconds': 'NaN' is not a finite decimal number such as 0.25",
                Invocation.run("", "eval", "--data", absent, "--reference-field", "ref", "--timed-seconds", "NaN")
                        .assertUsageError());
    }

    @Test
    void helpDocumentsTheMeasurementAndTheOptions() {
        String help = Invocation.run("", "eval", "--help").assertSuccess().out()
                .replaceAll("\\s+", " "); // wherever picocli wraps the lines

        assertTrue(help.startsWith("Usage: nutshell eval"), help);
        for (String expected : new String[] {"--data=DATA.jsonl", "--reference-field=FIELD", "--sentences-field=FIELD",
                "--sentences=N", "--sentences-from-reference", "--algorithm=NAME", "--output=SYSTEM.jsonl", "--quiet",
                "--warm-up-seconds=S", "--timed-seconds=S", "Default: 3.", "Default: 1.",
                "lead,", "textrank,", "textrank-tfidf,", "tfidf.", "\"docs_per_second\"", "single-thread", "warm-up",
                "at least --timed-seconds", "ROUGE-1.5.5", "confidence_interval_95"}) {
            assertTrue(help.contains(expected), () -> "help mentions " + expected + ":\n" + help);
        }
    }

    @Test
    void topLevelHelpListsTheEvaluationCommands() {
        String help = Invocation.run("", "--help").assertSuccess().out();

        assertTrue(help.contains("\n  rouge ") && help.contains("\n  eval "), help);
    }

    private void assertDataErrorWritesNothing(List<String> lines, String expectedAfterFileName) {
        String data = write(directory, "data.jsonl", lines.toArray(String[]::new));
        Path output = directory.resolve("system.jsonl");

        String message = eval(data, "--output", output.toString()).assertUsageError();

        assertTrue(message.startsWith(data + " " + expectedAfterFileName), message);
        assertOnlyTheDataIn(directory);
    }

    /** No output file, and no temporary file left behind either. */
    private static void assertOnlyTheDataIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of("data.jsonl"), files.map(file -> file.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertFalse(Files.exists(directory.resolve("system.jsonl")));
    }
}

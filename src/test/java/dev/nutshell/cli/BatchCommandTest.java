package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchCommandTest {
    private static final Pattern COUNT = Pattern.compile(
            "batch: (stopped at the first failure; )?\\d+ records?, \\d+ summarized, \\d+ failed( \\(the first at (line|file) \\d+\\))?,"
                    + " \\d+(\\.\\d+)? s, \\d+(\\.\\d+)? records/s\n");

    @TempDir
    Path directory;

    /** A distinct article per number: the park story's body from a different sentence on, with its number in it. */
    static String article(int number) {
        StringBuilder text = new StringBuilder("Story " + number + "\n\n");
        int sentences = 2 + number % 8;
        for (int i = 0; i < sentences; i++) {
            text.append(Articles.BODY[(number + i) % Articles.BODY.length]).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return text.append("Record ").append(number).append(" ends here.").toString();
    }

    static String record(Object id, String text) {
        JsonWriter json = new JsonWriter().beginObject();
        if (id instanceof Integer number) {
            json.member("id", number);
        } else {
            json.member("id", (String) id);
        }
        return json.member("article", text).endObject().toString();
    }

    private static List<String> records(int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(record("doc-" + i, article(i)));
        }
        return lines;
    }

    private static String lines(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parsed(Invocation run) {
        List<Map<String, Object>> parsed = new ArrayList<>();
        for (String line : run.outLines()) {
            parsed.add((Map<String, Object>) StrictJson.parse(line));
        }
        return parsed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String line) {
        return (Map<String, Object>) StrictJson.parse(line);
    }

    private static void assertCount(Invocation run, int records, int failed) {
        assertTrue(COUNT.matcher(run.err()).matches(), () -> "one count line: " + run.err());
        assertTrue(run.err().contains(" " + InputReader.count(records, "record") + ", " + (records - failed) + " summarized, " + failed + " failed"),
                run::err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--sentences 2", "--ratio 0.3", "--words 40", "--chars 200", "--algorithm textrank",
            "--algorithm lead --sentences 1", "--algorithm lexrank --words 25"})
    void everyLineHasExactlyTheSentencesSummarizeGivesForTheSameTextAndOptions(String options) {
        List<String> optionList = options.isEmpty() ? List.of() : List.of(options.split(" "));
        List<String> batchArguments = new ArrayList<>(List.of("batch", "--threads", "3"));
        batchArguments.addAll(optionList);
        Invocation batch = Invocation.run(lines(records(25)), batchArguments.toArray(String[]::new));

        assertEquals(0, batch.status(), batch::err);
        List<String> output = batch.outLines();
        assertEquals(25, output.size());
        for (int i = 0; i < 25; i++) {
            List<String> summarizeArguments = new ArrayList<>(List.of("summarize", "--format", "json"));
            summarizeArguments.addAll(optionList);
            Map<String, Object> summary = object(Invocation.run(article(i), summarizeArguments.toArray(String[]::new))
                    .assertSuccess().out());
            Map<String, Object> line = object(output.get(i));
            assertEquals(summary.get("sentences"), line.get("sentences"), "record " + i);
            assertEquals(summary.get("headline"), line.get("title"), "record " + i);
        }
    }

    @Test
    void linesComeInInputOrderWithTheirIdsAndLanguageWhateverTheThreads() {
        List<String> input = records(300);

        for (String threads : List.of("1", "2", "7")) {
            Invocation run = Invocation.run(lines(input), "batch", "--threads", threads);
            List<Map<String, Object>> output = parsed(run);

            assertEquals(0, run.status(), run::err);
            assertCount(run, 300, 0);
            assertEquals(300, output.size());
            for (int i = 0; i < 300; i++) {
                assertEquals(List.of("id", "title", "language", "sentences"), List.copyOf(output.get(i).keySet()));
                assertEquals("doc-" + i, output.get(i).get("id"));
                assertEquals("en", output.get(i).get("language"));
            }
        }
    }

    @Test
    void oneThreadAndManyThreadsWriteTheSameBytes() {
        String input = lines(records(120));

        String one = Invocation.run(input, "batch", "--threads", "1").out();
        String many = Invocation.run(input, "batch", "--threads", "5").out();

        assertEquals(one, many);
    }

    @Test
    void aRecordThatCannotBeReadOrSummarizedGivesAnErrorLineAndTheRunGoesOn() {
        byte[] notUtf8 = "{\"id\":\"latin1\",\"article\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        List<String> lines = List.of(
                record("good-1", article(1)),                                   // line 1
                "{\"id\":\"broken\",\"article\":",                              // 2: malformed
                "[1, 2]",                                                       // 3: not an object
                "{\"id\":\"no-text\",\"body\":\"x\"}",                          // 4: no article member
                "{\"id\":7,\"article\":42}",                                    // 5: article not a string
                "{\"id\":[1],\"article\":\"x\"}",                               // 6: id neither string nor integer
                record("long", "An article far too long. ".repeat(120)),        // 7: over 4 times --max-chars 600
                "");                                                            // 8: not UTF-8, below
        input.writeBytes(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        input.writeBytes(notUtf8);
        input.writeBytes(("\n" + record(9, article(9)) + "\n").getBytes(StandardCharsets.UTF_8)); // line 9

        Invocation run = Invocation.run(input.toByteArray(), "batch", "--max-chars", "600");
        List<Map<String, Object>> output = parsed(run);

        assertEquals(NutshellCommand.EXIT_RECORDS_FAILED, run.status());
        assertCount(run, 9, 7);
        assertTrue(run.err().contains("(the first at line 2)"), run::err);
        assertEquals(9, output.size());
        assertEquals("good-1", output.get(0).get("id"));
        assertFalse(((List<?>) output.get(0).get("sentences")).isEmpty());
        assertError(output.get(1), null, 2, "malformed JSON at column ");
        assertError(output.get(2), null, 3, "not a JSON object");
        assertError(output.get(3), "no-text", 4, "no \"article\" member");
        assertError(output.get(4), 7.0, 5, "\"article\" must be a string, was a number");
        assertError(output.get(5), null, 6, "\"id\" must be a string or an integer, was an array");
        assertError(output.get(6), null, 7, "the line is longer than 2400 characters");
        assertError(output.get(7), null, 8, "the line is not valid UTF-8 (byte offset 29 of the line)");
        assertEquals(9.0, output.get(8).get("id"), "an integer id stays a number");
    }

    private static void assertError(Map<String, Object> line, Object id, int number, String message) {
        assertAll(
                () -> assertEquals(List.of("id", "line", "error"), List.copyOf(line.keySet())),
                () -> assertEquals(id, line.get("id")),
                () -> assertEquals((double) number, line.get("line")),
                () -> assertTrue(((String) line.get("error")).startsWith(message), () -> "error: " + line.get("error")));
    }

    @Test
    void anArticleOverTheLimitIsItsRecordsError() {
        Invocation run = Invocation.run(lines(List.of(record("short", "A short one."), record("long", "Long text. ".repeat(20)))),
                "batch", "--max-chars", "100");
        List<Map<String, Object>> output = parsed(run);

        assertEquals(3, run.status());
        assertError(output.get(1), "long", 2, "the article is longer than 100 characters (raise the limit with --max-chars)");
    }

    @Test
    void failFastStopsAfterTheFirstFailedRecordsErrorLine() {
        List<String> input = new ArrayList<>(records(50));
        input.set(20, "{\"id\":\"bad\"}");

        Invocation run = Invocation.run(lines(input), "batch", "--fail-fast", "--threads", "2");
        List<Map<String, Object>> output = parsed(run);

        assertEquals(3, run.status());
        assertEquals(21, output.size(), "every record before the failure, then its error line");
        assertError(output.get(20), "bad", 21, "no \"article\" member");
        assertTrue(run.err().startsWith("batch: stopped at the first failure; 21 records, 20 summarized, 1 failed"), run::err);
    }

    @Test
    void blankLinesAreNotRecordsAndCrLfAndAByteOrderMarkAreAccepted() {
        String input = "\uFEFF" + record("a", article(1)) + "\r\n\r\n   \n" + record("b", article(2)) + "\r\n";

        Invocation run = Invocation.run(input, "batch");
        List<Map<String, Object>> output = parsed(run);

        assertEquals(0, run.status(), run::err);
        assertEquals(List.of("a", "b"), output.stream().map(line -> line.get("id")).toList());
    }

    @Test
    void aRecordWithoutAnIdGetsANullId() {
        Invocation run = Invocation.run("{\"article\":\"One sentence here.\"}\n", "batch");

        assertEquals(0, run.status(), run::err);
        assertEquals("{\"id\":null,\"title\":null,\"language\":\"en\",\"sentences\":[{\"index\":0,\"start\":0,\"end\":18,\"score\":1.0,"
                + "\"text\":\"One sentence here.\"}]}\n", run.out());
    }

    @Test
    void textAndIdFieldsCanBeNamed() {
        Invocation run = Invocation.run("{\"url\":\"https://example.com/a\",\"body\":\"" + Articles.BODY[0] + "\"}\n",
                "batch", "--text-field", "body", "--id-field", "url");

        assertEquals("https://example.com/a", parsed(run).get(0).get("id"));
    }

    @Test
    void emptyInputGivesNoLinesAndSucceeds() {
        Invocation run = Invocation.run("", "batch");

        assertEquals(0, run.status());
        assertEquals("", run.out());
        assertCount(run, 0, 0);
    }

    @Test
    void aFolderGivesOneRecordPerTextFileInNameOrderWithTheFileNameAsId() throws IOException {
        Path folder = Files.createDirectory(directory.resolve("pages"));
        Files.writeString(folder.resolve("b.txt"), article(2), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("a.TXT"), article(1), StandardCharsets.UTF_8);
        Files.write(folder.resolve("c.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Files.writeString(folder.resolve("notes.md"), "not read", StandardCharsets.UTF_8);
        Files.createDirectory(folder.resolve("sub"));

        Invocation run = Invocation.run("", "batch", "--input", folder.toString());
        List<Map<String, Object>> output = parsed(run);

        assertEquals(3, run.status());
        assertEquals(List.of("a.TXT", "b.txt", "c.txt"), output.stream().map(line -> line.get("id")).toList());
        assertEquals(object(Invocation.run(article(1), "summarize", "--format", "json").out()).get("sentences"),
                output.get(0).get("sentences"));
        assertError(output.get(2), "c.txt", 3, "input is not valid UTF-8 (byte offset 3)");
        assertTrue(run.err().contains("(the first at file 3)"), run::err);
    }

    @Test
    void writesTheNamedOutputFileAndNothingToStandardOutput() throws IOException {
        String data = JsonLinesFixture.write(directory, "in.jsonl", records(5).toArray(String[]::new));
        Path output = directory.resolve("out.jsonl");

        Invocation run = Invocation.run("", "batch", "--input", data, "--output", output.toString());

        assertEquals(0, run.status(), run::err);
        assertEquals("", run.out());
        assertEquals(Invocation.run(Files.readString(Path.of(data)), "batch").out(), Files.readString(output));
    }

    @Test
    void refusesToWriteOverItsInputOrIntoAFolder() {
        String data = JsonLinesFixture.write(directory, "in.jsonl", records(2).toArray(String[]::new));

        assertEquals("cannot write " + data + ": it is the input " + data,
                Invocation.run("", "batch", "--input", data, "--output", data).assertUsageError());
        assertEquals("cannot write " + directory + ": it is a directory",
                Invocation.run("", "batch", "--input", data, "--output", directory.toString()).assertUsageError());
    }

    @Test
    void badOptionsFailAtOnceWithOneLineAndNoOutputFile() {
        Path output = directory.resolve("out.jsonl");
        String out = output.toString();

        assertAll(
                () -> assertEquals("--threads must be within [1, 1024], was 0",
                        Invocation.run("", "batch", "--threads", "0", "--output", out).assertUsageError()),
                () -> assertTrue(Invocation.run("", "batch", "--language", "xx", "--output", out).assertUsageError()
                        .startsWith("unsupported language 'xx', supported: en, ")),
                () -> assertEquals("--sentences must be >= 1, was 0",
                        Invocation.run("", "batch", "--sentences", "0", "--output", out).assertUsageError()),
                () -> assertEquals(SummarizeCommand.LENGTH_REPEATED,
                        Invocation.run("", "batch", "--sentences", "2", "--sentences", "3", "--output", out).assertUsageError()),
                () -> assertTrue(Invocation.run("", "batch", "--sentences", "2", "--words", "9", "--output", out).assertUsageError()
                        .contains("mutually exclusive")),
                () -> assertTrue(Invocation.run("", "batch", "--algorithm", "luhn", "--output", out).assertUsageError()
                        .startsWith("unknown algorithm 'luhn'")),
                () -> assertEquals("cannot read " + directory.resolve("missing.jsonl") + ": no such file",
                        Invocation.run("", "batch", "--input", directory.resolve("missing.jsonl").toString(), "--output", out)
                                .assertUsageError()));
        assertFalse(Files.exists(output));
    }

    @Test
    void theLanguageIgnoresCase() {
        Invocation run = Invocation.run(record("a", article(3)) + "\n", "batch", "--language", "EN");

        assertEquals(0, run.status(), run::err);
        assertEquals("en", parsed(run).get(0).get("language"));
    }

    @Test
    void utf16InputIsRefusedAsAWhole() {
        byte[] utf16 = (record("a", article(1)) + "\n").getBytes(StandardCharsets.UTF_16LE);

        assertEquals("standard input is UTF-16LE, not UTF-8 (convert it with iconv -f UTF-16LE -t UTF-8)",
                Invocation.run(utf16, "batch").assertUsageError());
    }

    @Test
    void waitsForNoTypedInputOnATerminal() {
        Invocation run = Invocation.run(new java.io.ByteArrayInputStream(new byte[0]), true, "batch");

        assertEquals(NutshellCommand.EXIT_USAGE, run.status());
        assertTrue(run.err().contains("Usage: nutshell batch"), run::err);
    }
}

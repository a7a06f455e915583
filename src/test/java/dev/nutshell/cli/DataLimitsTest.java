package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluation commands' JSON Lines input at and past its limits: every oversized or hostile
 * line is a usage error naming the file and the line, found while reading the file as a stream.
 */
class DataLimitsTest {
    private static final String GOOD = record("a", "The harbour reopened. Boats came back.");

    @TempDir
    Path directory;

    /** A data record with an id, an article and a one-sentence reference in "ref". */
    private static String record(String id, String article) {
        return new JsonWriter().beginObject().member("id", id).member("article", article).beginArray("ref")
                .value("The harbour reopened.").endArray().endObject().toString();
    }

    /** Runs the command on the data (as both files for rouge), with the smallest search for tune. */
    private static Invocation run(String command, String data, String... options) {
        List<String> args = new ArrayList<>(List.of(command, "--data", data, "--reference-field", "ref", "--quiet"));
        switch (command) {
            case "eval" -> args.addAll(List.of("--warm-up-seconds", "0", "--timed-seconds", "0"));
            case "rouge" -> args.addAll(List.of("--system", data));
            case "compare" -> args.addAll(List.of("--algorithm", "lead", "--algorithm", "lead"));
            default -> args.addAll(List.of("--folds", "2", "--evaluations", "1"));
        }
        args.addAll(List.of(options));
        return Invocation.run("", args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval", "rouge", "compare", "tune"})
    void jsonNestedDeeperThanAThousandLevelsIsAUsageErrorWithTheLine(String command) {
        String deep = "{\"id\":\"b\",\"x\":" + "[".repeat(1001) + "]".repeat(1001) + "}";
        String data = write(directory, "data.jsonl", GOOD, deep);

        String message = run(command, data).assertUsageError();

        assertTrue(message.startsWith(data + " line 2: malformed JSON at column "), message);
        assertTrue(message.endsWith(": Document nesting depth (1001) exceeds the maximum allowed (1000)"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval", "rouge", "compare", "tune"})
    void aThousandDigitNumberIsAUsageErrorWithTheLine(String command) {
        String data = write(directory, "data.jsonl", GOOD, "{\"id\":\"b\",\"x\":" + "7".repeat(1001) + "}");

        String message = run(command, data).assertUsageError();

        assertTrue(message.startsWith(data + " line 2: malformed JSON at column "), message);
        assertTrue(message.endsWith(": Number value length (1001) exceeds the maximum allowed (1000)"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval", "compare", "tune"})
    void aTwentyMillionCharacterArticleIsRefusedWithTheLineAndTheOption(String command) {
        String data = write(directory, "data.jsonl", GOOD, record("b", "x".repeat(20_000_000)));

        assertEquals(data + " line 2: the article is longer than 10000000 characters (raise the limit with --max-chars)",
                run(command, data).assertUsageError());
    }

    @Test
    void maxCharsBoundsTheArticleAsSummarizeBoundsItsInput() {
        String fits = write(directory, "fits.jsonl", record("a", "Boats came back. " + "x".repeat(83)));
        String over = write(directory, "over.jsonl", record("a", "Boats came back. " + "x".repeat(84)));

        run("eval", fits, "--max-chars", "100").assertSuccess();
        assertEquals(over + " line 1: the article is longer than 100 characters (raise the limit with --max-chars)",
                run("eval", over, "--max-chars", "100").assertUsageError());
    }

    /** The units are measured as the library measures them: joined with a line break between each two. */
    @Test
    void maxCharsBoundsTheUnitsJoined() {
        String units = new JsonWriter().beginObject().member("id", "a").beginArray("units").value("x".repeat(50))
                .value("y".repeat(50)).endArray().beginArray("ref").value("x").endArray().endObject().toString();
        String data = write(directory, "data.jsonl", units);

        run("eval", data, "--sentences-field", "units", "--max-chars", "101").assertSuccess();
        assertEquals(data + " line 1: the article (\"units\" joined with line breaks) is longer than 100 characters"
                + " (raise the limit with --max-chars)", run("eval", data, "--sentences-field", "units", "--max-chars", "100")
                .assertUsageError());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval", "rouge", "compare", "tune"})
    void aLineLongerThanFourTimesMaxCharsIsRefused(String command) {
        String data = write(directory, "data.jsonl", GOOD, "{\"id\":\"b\",\"pad\":\"" + "z".repeat(500) + "\"}");

        assertEquals(data + " line 2: longer than 400 characters, the line limit of 4 times --max-chars"
                + " (raise the limit with --max-chars)", run(command, data, "--max-chars", "100").assertUsageError());
    }

    /**
     * The data arrives through a FIFO, 10 MB after a malformed first line: reading stops within a
     * chunk or two of that line, instead of taking the whole file into memory first. The writer
     * counts what the command took (a pipe holds 64 KB more until its reader goes away).
     */
    @Test
    void aBadFirstLineIsReportedWithoutReadingTheRestOfTheFile() throws Exception {
        Path fifo = directory.resolve("data.jsonl");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        AtomicLong written = new AtomicLong();
        Thread writer = new Thread(() -> writeUntilClosed(fifo, written));
        writer.setDaemon(true);
        writer.start();

        String message = run("eval", fifo.toString()).assertUsageError();
        unblock(writer, fifo);
        writer.join();

        assertEquals(fifo + " line 1: not a JSON object", message);
        assertTrue(written.get() <= 512 * 1024, "bytes written before the reader went away: " + written.get());
    }

    private static void writeUntilClosed(Path fifo, AtomicLong written) {
        byte[] lines = (GOOD + "\n").repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new FileOutputStream(fifo.toFile())) {
            out.write("[1]\n".getBytes(StandardCharsets.UTF_8));
            while (written.get() < 10_000_000) {
                out.write(lines);
                written.addAndGet(lines.length);
            }
        } catch (IOException e) {
            // The reader has closed the pipe: what was written so far is the count.
        }
    }

    /** If the command never opened the FIFO, the writer still waits for a reader: be it, briefly. */
    private static void unblock(Thread writer, Path fifo) throws IOException {
        if (writer.isAlive()) {
            new FileInputStream(fifo.toFile()).close();
        }
    }
}

package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One in-process run of the command line with byte streams, and what it printed.
 *
 * @param status the exit status
 * @param out standard output, decoded as UTF-8
 * @param err standard error, decoded as UTF-8
 */
record Invocation(int status, String out, String err) {

    /** Runs with the given text, UTF-8 encoded, as standard input. */
    static Invocation run(String input, String... args) {
        return run(input.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Runs with the given bytes as standard input. */
    static Invocation run(byte[] input, String... args) {
        return run(new ByteArrayInputStream(input), false, args);
    }

    /** Runs with the given standard input, a terminal or not; standard error is not a terminal. */
    static Invocation run(InputStream input, boolean interactive, String... args) {
        return run(input, interactive, false, args);
    }

    /** Runs with the given standard input and standard error, each a terminal or not. */
    static Invocation run(InputStream input, boolean interactive, boolean errorIsTerminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Latin-1 print streams: the command line must encode UTF-8 itself, whatever it is handed.
        int status = NutshellCommand.run(args, input,
                new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1), interactive, errorIsTerminal);
        return new Invocation(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** @return standard output cut at its '\n's; every line, the last one included, ends with one */
    List<String> outLines() {
        assertTrue(out.isEmpty() || out.endsWith("\n"), () -> "output does not end with a newline: " + out);
        String[] pieces = out.split("\n", -1); // the piece after the last '\n' is empty
        return List.of(pieces).subList(0, pieces.length - 1);
    }

    /** @return the {@code sentences} array of the JSON document on standard output */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> jsonSentences() {
        assertTrue(out.endsWith("}\n"), () -> "JSON output must end with one newline: " + out);
        assertEquals(1, outLines().size(), "JSON output is one line");
        Map<String, Object> document = (Map<String, Object>) StrictJson.parse(out);
        assertEquals("sentences", List.copyOf(document.keySet()).get(0), "the sentences come first");
        assertTrue(Set.of("sentences", "headline", "language").containsAll(document.keySet()), () -> "members " + document.keySet());
        return (List<Map<String, Object>>) document.get("sentences");
    }

    /** Asserts success with nothing on standard error. */
    Invocation assertSuccess() {
        assertAll(
                () -> assertEquals("", err, "standard error"),
                () -> assertEquals(0, status, "exit status"));
        return this;
    }

    /**
     * Asserts a usage or input error: status 2, nothing on standard output, and on standard error
     * exactly one line that starts with {@code nutshell: } and shows no stack trace.
     *
     * @return the message after the prefix
     */
    String assertUsageError() {
        return assertOneLineError(2);
    }

    /** Like {@link #assertUsageError()} for another exit status. */
    String assertOneLineError(int expectedStatus) {
        assertAll(
                () -> assertEquals(expectedStatus, status, "exit status; stderr: " + err),
                () -> assertEquals("", out, "standard output"),
                () -> assertTrue(err.startsWith("nutshell: "), () -> "prefix: " + err),
                () -> assertTrue(err.endsWith("\n"), () -> "ends with a newline: " + err),
                () -> assertEquals(1, err.split("\n", -1).length - 1, () -> "exactly one line: " + err),
                () -> assertFalse(err.contains("Exception"), () -> "no exception name: " + err),
                () -> assertFalse(err.contains("at dev."), () -> "no stack trace: " + err));
        return err.substring("nutshell: ".length(), err.length() - 1);
    }
}

package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the one error line says: user input echoed with its control characters escaped, numbers
 * and names read the same way by every option, and every complaint naming the option.
 */
class ErrorMessagesTest {
    private static final String SENTENCE = "The harbour reopened to small boats on Friday.";

    @TempDir
    Path directory;

    @Test
    void aFileNameWithATerminalEscapeSequenceIsEchoedEscaped() {
        String name = directory.resolve("no\u001B[31mfile\u009B2J").toString();

        Invocation result = Invocation.run("", "summarize", name);

        assertEquals("cannot read " + name.replace("\u001B", "\\u001B").replace("\u009B", "\\u009B") + ": no such file",
                result.assertUsageError());
        assertFalse(result.err().contains("\u001B") || result.err().contains("\u009B"), result.err());
    }

    @Test
    void bidirectionalOverridesDeleteAndLineBreaksAreEscapedToo() {
        String name = directory.resolve("a\u202Etxt.exe\u2066b\u007Fc\nd").toString();

        String message = Invocation.run("", "split", name).assertUsageError();

        assertTrue(message.contains("a\\u202Etxt.exe\\u2066b\\u007Fc\\u000Ad"), message);
    }

    @Test
    void anOptionValueIsEchoedEscaped() {
        String message = Invocation.run(SENTENCE, "summarize", "--format", "\u001B[2J").assertUsageError();

        assertTrue(message.contains("'\\u001B[2J'"), message);
    }

    @Test
    void jsonTextIsEchoedEscaped() {
        String line = "{\"id\":\"a\\u001b[31m\",\"ref\":[\"r\"],\"article\":\"A.\"}";
        String data = write(directory, "data.jsonl", line, line);

        String message = Invocation.run("", "eval", "--data", data, "--reference-field", "ref", "--quiet").assertUsageError();

        assertEquals(data + " line 2: duplicate id \"a\\u001B[31m\", first on line 1", message);
    }

    @Test
    void theDebugStackTraceIsEscapedToo() {
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("bad\u001B[2Jstate");
            }
        };

        Invocation result = Invocation.run(failing, false, "summarize", "--debug");

        assertEquals(1, result.status());
        assertTrue(result.err().contains("java.lang.IllegalStateException: bad\\u001B[2Jstate\n\tat "), result.err());
        assertFalse(result.err().contains("\u001B"), result.err());
    }

    @Test
    void formatNamesIgnoreCaseAsAlgorithmNamesDo() {
        String lower = Invocation.run(SENTENCE, "summarize", "--format", "json", "--algorithm", "textrank").assertSuccess().out();

        assertEquals(lower, Invocation.run(SENTENCE, "summarize", "--format", "JSON", "--algorithm", "TextRank").assertSuccess().out());
        assertEquals(Invocation.run(SENTENCE, "summarize", "--format", "json").assertSuccess().out(),
                Invocation.run(SENTENCE, "summarize", "--format", "Json").assertSuccess().out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"٥", "５", "5.0", "0x10", " 5", "5 ", "", "1e3"})
    void integerOptionsTakeAsciiDigitsOnly(String value) {
        String message = Invocation.run(SENTENCE, "summarize", "--max-chars", value).assertUsageError();

        assertTrue(message.startsWith("Invalid value for option '--max-chars': "), message);
        assertTrue(message.contains("is not an integer"), message);
    }

    @Test
    void anIntegerBeyondTheRangeOfItsOptionSaysSo() {
        String message = Invocation.run(SENTENCE, "summarize", "--sentences", "99999999999").assertUsageError();

        assertEquals("Invalid value for option '--sentences': '99999999999' is not an integer"
                + " from -2147483648 to 2147483647", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0.5d", "0x1p-1", "٠.٥", " 0.5", ".", "1e"})
    void decimalOptionsTakeFinitePlainNumbersOnly(String value) {
        String message = Invocation.run(SENTENCE, "summarize", "--ratio", value).assertUsageError();

        assertTrue(message.startsWith("Invalid value for option '--ratio': "), message);
        assertTrue(message.contains("is not a finite decimal number"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "+0.5", ".5", "5e-1", "1", "1."})
    void plainDecimalNumbersAreAccepted(String value) {
        Invocation.run(SENTENCE, "summarize", "--ratio", value).assertSuccess();
    }

    @Test
    void rangeErrorsNameTheOption() {
        assertEquals("--sentences must be >= 1, was 0", Invocation.run(SENTENCE, "summarize", "--sentences", "0").assertUsageError());
        assertEquals("--words must be >= 1, was -3", Invocation.run(SENTENCE, "summarize", "--words", "-3").assertUsageError());
        assertEquals("--chars must be >= 1, was 0", Invocation.run(SENTENCE, "summarize", "--chars", "0").assertUsageError());
        assertEquals("--ratio must be in (0, 1], was 1.5", Invocation.run(SENTENCE, "summarize", "--ratio", "1.5").assertUsageError());
        assertEquals("--sentences must be >= 1, was 0", Invocation.run("", "eval", "--data", "absent.jsonl",
                "--reference-field", "ref", "--sentences", "0").assertUsageError());
    }

    @Test
    void tuneNamesTheOptionOfABadValue() {
        String data = directory.resolve("absent.jsonl").toString();

        String folds = Invocation.run("", "tune", "--data", data, "--reference-field", "r", "--folds", "1")
                .assertUsageError();
        String evaluations = Invocation.run("", "tune", "--data", data, "--reference-field", "r", "--evaluations", "1e3")
                .assertUsageError();

        assertEquals("--folds must be within [2, 100], was 1", folds);
        assertEquals("Invalid value for option '--evaluations': '1e3' is not an integer written with the digits 0-9",
                evaluations);
    }

    @Test
    void oneCharacterIsSingular() {
        assertEquals("input is longer than 1 character (raise the limit with --max-chars)",
                Invocation.run("ab", "split", "--max-chars", "1").assertUsageError());
    }

    @Test
    void aMistypedOptionGetsASuggestionOnTheSameLine() {
        String message = Invocation.run(SENTENCE, "summarize", "--sentenses=2").assertUsageError();

        assertEquals("Unknown option: '--sentenses=2' (did you mean --sentences?)", message);
    }

    @Test
    void aMistypedCommandGetsASuggestionOnTheSameLine() {
        String message = Invocation.run(SENTENCE, "summarise").assertUsageError();

        assertTrue(message.endsWith("(did you mean summarize?)"), message);
    }
}

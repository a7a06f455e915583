package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every help screen prints its help and nothing else: picocli reports a help text it cannot format
 * (an unescaped {@code %}) with a warning on {@link System#err}, outside the command line's own
 * streams, so the test watches that stream too.
 */
class HelpScreensTest {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "summarize --help", "split --help", "rouge --help", "eval --help", "compare --help",
            "tune --help", "help", "help tune", "help compare"})
    void everyHelpScreenPrintsNoWarning(String arguments) {
        ByteArrayOutputStream systemError = new ByteArrayOutputStream();
        PrintStream original = System.err;
        Invocation result;
        System.setErr(new PrintStream(systemError, true, StandardCharsets.UTF_8));
        try {
            result = Invocation.run("", arguments.split(" "));
        } finally {
            System.setErr(original);
        }

        assertEquals("", systemError.toString(StandardCharsets.UTF_8), "System.err");
        assertEquals("", result.err(), "standard error");
        assertEquals(0, result.status());
        assertTrue(result.out().startsWith("Usage: nutshell"), result.out());
    }

    /** Picocli formats descriptions, so a percent sign is written {@code %%}; the help must show one. */
    @ParameterizedTest
    @ValueSource(strings = {"tune --help:held-out ROUGE F1 (%) of the tuned settings",
        "compare --help:a 95% paired bootstrap interval"})
    void descriptionsShowTheirPercentSigns(String argumentsAndText) {
        String[] parts = argumentsAndText.split(":", 2);
        String help = Invocation.run("", parts[0].split(" ")).out().replaceAll("\\s+", " ");

        assertTrue(help.contains(parts[1]), help);
    }
}

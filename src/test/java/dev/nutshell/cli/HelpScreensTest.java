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
    @ValueSource(strings = {"--help", "summarize --help", "split --help", "rouge --help", "eval --help", "tune --help",
            "help", "help tune"})
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

    @ParameterizedTest
    @ValueSource(strings = {"--help", "tune --help"})
    void tunesDescriptionShowsItsPercentSign(String arguments) {
        String help = Invocation.run("", arguments.split(" ")).out().replaceAll("\\s+", " ");

        assertTrue(help.contains("-L F1 (%, ROUGE-1.5.5"), help);
    }
}

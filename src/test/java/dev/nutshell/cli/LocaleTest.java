package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code LC_ALL=C}, usual in containers, Java 17 decodes the arguments and encodes file names
 * as ASCII, so a file named {@code café.txt} cannot be opened. The command line runs itself again
 * under {@code C.UTF-8} with the arguments' bytes intact. A shell makes the file and passes its
 * name, from octal escapes, so that the bytes are UTF-8 whatever the locale this test runs in.
 */
class LocaleTest {
    @TempDir
    Path directory;

    private Outcome run(Map<String, String> environment, String arguments) throws IOException {
        String script = "name=$(printf 'caf\\303\\251.txt'); printf 'Boats came back to the harbour.' > \"$DIR/$name\"; "
                + "exec \"$@\" " + arguments;
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", script, "sh"));
        command.addAll(CommandProcess.command());
        Map<String, String> variables = new java.util.HashMap<>(environment);
        variables.put("DIR", directory.toString());
        Path out = directory.resolve("stdout.txt");
        Path err = directory.resolve("stderr.txt");
        ProcessBuilder builder = CommandProcess.builder(command, variables).redirectOutput(out.toFile()).redirectError(err.toFile());
        int status = CommandProcess.exitStatus(CommandProcess.start(builder));
        return new Outcome(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Outcome(int status, String out, String err) {
    }

    @Test
    void aFileWithANonAsciiNameIsReadUnderTheCLocale() throws IOException {
        Outcome outcome = run(Map.of("LC_ALL", "C"), "summarize \"$DIR/$name\"");

        assertEquals("", outcome.err());
        assertEquals("Boats came back to the harbour.\n", outcome.out());
        assertEquals(0, outcome.status());
    }

    @Test
    void aNonAsciiOptionValueIsEchoedIntactUnderTheCLocale() throws IOException {
        Outcome outcome = run(Map.of("LC_ALL", "C"), "summarize --format \"j$name\" \"$DIR/$name\"");

        assertEquals("nutshell: Invalid value for option '--format': unknown format 'jcafé.txt', expected one of text, json\n",
                outcome.err());
        assertEquals(2, outcome.status());
    }

    /** Were C.UTF-8 missing, the second run would still not have UTF-8: it says what to do, and runs no third. */
    @Test
    void aRunThatStillLacksUtf8SaysToSetTheLocale() throws IOException {
        String handedDown = "73756d6d6172697a65,636166c3a92e747874"; // "summarize", "café.txt" in UTF-8

        Outcome outcome = run(Map.of("LC_ALL", "C", Utf8Relaunch.ARGUMENTS_VARIABLE, handedDown), "");

        assertEquals("nutshell: the arguments are not ASCII and this locale's charset (US-ASCII) cannot"
                + " pass them to Java: run with LC_ALL=C.UTF-8\n", outcome.err());
        assertEquals(2, outcome.status());
    }
}

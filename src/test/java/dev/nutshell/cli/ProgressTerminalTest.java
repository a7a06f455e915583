package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar is for people watching a terminal: a log file or a pipe never gets it. */
class ProgressTerminalTest {
    @TempDir
    Path directory;

    /** The default 3 s of warm-up outlast the bar's 2 s delay: on a terminal it would show. */
    @Test
    void standardErrorRedirectedToAFileGetsNoProgressBar() throws IOException {
        String data = JsonLinesFixture.write(directory, "data.jsonl",
                record("d", "ref", "The harbour reopened.").replace("{", "{\"article\":\"The harbour reopened. Boats came back.\","));
        Path errors = directory.resolve("stderr.txt");
        List<String> command = new ArrayList<>(CommandProcess.command());
        command.addAll(List.of("eval", "--data", data, "--reference-field", "ref", "--timed-seconds", "0"));
        ProcessBuilder builder = CommandProcess.builder(command, Map.of()).redirectError(errors.toFile())
                .redirectOutput(directory.resolve("stdout.txt").toFile());

        int status = CommandProcess.exitStatus(CommandProcess.start(builder));

        assertEquals(0, status, () -> read(errors));
        assertEquals("", read(errors));
        assertTrue(read(directory.resolve("stdout.txt")).contains("\"docs_per_second\""));
    }

    @Test
    void onlyTerminalDevicesCountAsTerminals() {
        assertTrue(StandardError.isTerminalDevice("/dev/pts/3"));
        assertTrue(StandardError.isTerminalDevice("/dev/tty1"));
        assertTrue(StandardError.isTerminalDevice("/dev/tty"));
        assertFalse(StandardError.isTerminalDevice("pipe:[48213]"));
        assertFalse(StandardError.isTerminalDevice("/dev/null"));
        assertFalse(StandardError.isTerminalDevice("/home/me/log/dev/pts/1"));
        assertFalse(StandardError.isTerminalDevice("/tmp/eval.log"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

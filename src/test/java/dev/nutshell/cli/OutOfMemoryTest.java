package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * An input too large for the heap is the user's to fix, by a larger heap or a lower limit: one
 * line saying so and status 2, not an "internal error". Run as its own process with a small heap,
 * so that the test JVM's heap is never at stake.
 */
class OutOfMemoryTest {
    @TempDir
    Path directory;

    @Test
    void runningOutOfHeapIsOneLineSayingWhatToChange() throws IOException {
        Path big = Files.writeString(directory.resolve("big.txt"),
                "The harbour reopened to small boats on Friday morning. ".repeat(300_000), StandardCharsets.UTF_8);
        Path errors = directory.resolve("stderr.txt");
        List<String> command = new ArrayList<>(CommandProcess.command("-Xmx32m"));
        command.addAll(List.of("summarize", "--max-chars", "1073741823", big.toString()));
        ProcessBuilder builder = CommandProcess.builder(command, Map.of()).redirectError(errors.toFile())
                .redirectOutput(directory.resolve("stdout.txt").toFile());

        int status = CommandProcess.exitStatus(CommandProcess.start(builder));

        String error = Files.readString(errors, StandardCharsets.UTF_8);
        assertEquals(2, status, error);
        assertTrue(error.matches("nutshell: out of memory \\(this JVM may use \\d+ MB of heap\\): run java with a larger -Xmx,"
                + " or lower --max-chars\n"), error);
    }
}

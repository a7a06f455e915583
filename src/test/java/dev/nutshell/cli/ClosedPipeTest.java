package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nutshell split big.txt | head -1}: the reader takes one line and goes away. The command
 * line stops at its next write, quietly, with status 0, as a pipeline under {@code set -o pipefail}
 * needs.
 */
class ClosedPipeTest {
    @TempDir
    Path directory;

    @Test
    void aReaderThatGoesAwayEndsTheRunQuietlyWithStatusZero() throws IOException {
        // About 20,000 sentences: far more output than a pipe holds, so writes are still due when it closes.
        Path big = Files.writeString(directory.resolve("big.txt"),
                "The harbour reopened to small boats on Friday morning. ".repeat(20_000), StandardCharsets.UTF_8);
        Path errors = directory.resolve("stderr.txt");
        List<String> command = new ArrayList<>(CommandProcess.command());
        command.addAll(List.of("split", big.toString()));
        Process process = CommandProcess.start(CommandProcess.builder(command, Map.of()).redirectError(errors.toFile()));

        String first;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            first = reader.readLine();
        }
        int status = CommandProcess.exitStatus(process);

        assertEquals("The harbour reopened to small boats on Friday morning.", first);
        assertEquals("", Files.readString(errors, StandardCharsets.UTF_8), "standard error");
        assertEquals(0, status);
    }
}

package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code batch} run ended by a signal, as Ctrl-C ends it, leaves an output of whole lines: every
 * record up to the last line written, in order, and nothing cut in half. The run is stopped while
 * records are still coming in and being written; SIGTERM is sent rather than SIGINT, which a shell
 * may have set to be ignored by background processes, and takes the JVM through the same shutdown
 * hooks.
 */
class BatchInterruptTest {
    private static final int MOST_RECORDS = 200_000;
    private static final int LINES_BEFORE_STOPPING = 50;

    @TempDir
    Path directory;

    @Test
    void aRunEndedBySignalLeavesWholeLinesInInputOrder() throws IOException, InterruptedException {
        Path output = directory.resolve("out.jsonl");
        Path errors = directory.resolve("stderr.txt");
        List<String> command = new ArrayList<>(CommandProcess.command());
        command.addAll(List.of("batch", "--input", "-", "--output", output.toString(), "--threads", "2"));
        Process process = CommandProcess.start(CommandProcess.builder(command, Map.of())
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectError(errors.toFile()));
        Thread feeder = new Thread(() -> feed(process.getOutputStream()));
        feeder.start();

        awaitLines(output, process);
        process.destroy();
        int status = CommandProcess.exitStatus(process);
        feeder.join();

        String written = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(written.endsWith("\n"), "the last line is whole");
        String[] lines = written.split("\n");
        for (int i = 0; i < lines.length; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> line = (Map<String, Object>) StrictJson.parse(lines[i]);
            assertEquals("r-" + i, line.get("id"));
        }
        assertTrue(lines.length >= LINES_BEFORE_STOPPING);
        assertEquals(143, status, "ended by SIGTERM");
        assertEquals("batch: interrupted after " + lines.length + " records (0 failed); the output is complete to its last line\n",
                Files.readString(errors, StandardCharsets.UTF_8));
    }

    /** Writes records until the process stops reading them. */
    private static void feed(OutputStream in) {
        try (in) {
            for (int i = 0; i < MOST_RECORDS; i++) {
                in.write((BatchCommandTest.record("r-" + i, BatchCommandTest.article(i)) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The process has ended: the pipe is closed.
        }
    }

    /** Waits, a bounded number of times, until the output has some lines, so the signal comes mid-run. */
    private static void awaitLines(Path output, Process process) throws InterruptedException {
        for (int attempt = 0; attempt < 2_400; attempt++) {
            if (lineCount(output) >= LINES_BEFORE_STOPPING) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the run ended before it was stopped, status " + process.exitValue());
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no output after 2,400 looks");
    }

    private static long lineCount(Path output) {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

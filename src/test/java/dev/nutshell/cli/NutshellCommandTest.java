package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NutshellCommandTest {

    @Test
    void noArgumentsPrintsTheUsageToStandardErrorAndFails() {
        Invocation result = Invocation.run("");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Usage: nutshell"), result.err());
        assertTrue(result.err().contains("summarize") && result.err().contains("split"), result.err());
    }

    @Test
    void helpPrintsTheUsageToStandardOutput() {
        Invocation result = Invocation.run("", "--help").assertSuccess();

        assertTrue(result.out().startsWith("Usage: nutshell"), result.out());
    }

    @Test
    void helpCommandShowsASubcommandsUsage() {
        Invocation result = Invocation.run("", "help", "summarize").assertSuccess();

        assertTrue(result.out().startsWith("Usage: nutshell summarize"), result.out());
    }

    @Test
    void versionIsDevOutsideABuiltJar() {
        assertEquals("nutshell dev\n", Invocation.run("", "--version").assertSuccess().out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertTrue(Invocation.run("", "summarise").assertUsageError().contains("summarise"));
    }

    @Test
    void unknownTopLevelOptionIsAUsageError() {
        assertTrue(Invocation.run("", "--verbose", "summarize").assertUsageError().contains("--verbose"));
    }

    @Test
    void internalErrorIsOneLineWithStatusOne() {
        Invocation result = Invocation.run(new ThrowingInputStream(), false, "summarize");

        String message = result.assertOneLineError(1);
        assertEquals("internal error: " + ThrowingInputStream.MESSAGE + " (rerun with --debug for the stack trace)", message);
    }

    @Test
    void debugBeforeOrAfterTheCommandPrintsTheStackTrace() {
        for (String[] args : new String[][] {{"--debug", "summarize"}, {"summarize", "--debug"}, {"split", "--debug", "-"}}) {
            Invocation result = Invocation.run(new ThrowingInputStream(), false, args);

            assertEquals(1, result.status());
            assertEquals("", result.out());
            assertTrue(result.err().contains("java.lang.IllegalStateException: " + ThrowingInputStream.MESSAGE), result.err());
            assertTrue(result.err().contains("\tat dev.nutshell.cli.InputReader"), result.err());
        }
    }

    @Test
    void publicEntryPointTreatsAnyOtherStreamAsNonInteractive() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = NutshellCommand.run(new String[] {"summarize"},
                new ByteArrayInputStream("Just one sentence here.".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, status);
        assertEquals("Just one sentence here.\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void failedWriteToStandardOutputIsReported() {
        PrintStream broken = new PrintStream(new ByteArrayOutputStream()) {
            @Override
            public void write(byte[] buffer, int offset, int length) {
                setError();
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = NutshellCommand.run(new String[] {"summarize"},
                new ByteArrayInputStream(Articles.PARK.getBytes(StandardCharsets.UTF_8)), broken,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertEquals("nutshell: cannot write to standard output\n", message);
        assertFalse(message.contains("Exception"));
    }

    /** Not a closed pipe: the failure is reported with its reason, and the run stops instead of printing into nothing. */
    @Test
    void aFullDiskIsReportedWithItsReasonAndEndsTheRun() {
        int[] writes = {0};
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                writes[0]++;
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] input = "The harbour reopened to small boats on Friday. ".repeat(5_000).getBytes(StandardCharsets.UTF_8);

        int status = NutshellCommand.run(new String[] {"split"}, new ByteArrayInputStream(input),
                new FailFastOutputStream(full), new PrintStream(err, true, StandardCharsets.UTF_8), false, false);

        assertEquals("nutshell: cannot write to standard output: No space left on device\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertTrue(writes[0] <= 2, "the failed write and the final flush, not one per line: " + writes[0]);
    }
}

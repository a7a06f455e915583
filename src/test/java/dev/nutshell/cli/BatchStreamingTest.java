package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code batch} streams: the first line is out long before the input has been read, and what is
 * read ahead is bounded by the window, not by the input's size.
 */
class BatchStreamingTest {
    private static final int RECORDS = 100_000;

    /** An endless-looking input of identical-size records, made as it is read, that counts what was read. */
    private static final class GeneratedRecords extends InputStream {
        private final byte[] record;
        private long read;

        GeneratedRecords(String line) {
            this.record = (line + "\n").getBytes(StandardCharsets.UTF_8);
        }

        long bytesRead() {
            return read;
        }

        long total() {
            return (long) record.length * RECORDS;
        }

        @Override
        public int read() {
            if (read == total()) {
                return -1;
            }
            return record[(int) (read++ % record.length)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int count = (int) Math.min(length, total() - read);
            if (count <= 0) {
                return -1;
            }
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = record[(int) ((read + i) % record.length)];
            }
            read += count;
            return count;
        }
    }

    /** Standard output whose reader goes away at the first byte, noting how much input had been read by then. */
    private static final class ClosingOutput extends OutputStream {
        private final GeneratedRecords input;
        private long inputReadAtFirstWrite = -1;

        ClosingOutput(GeneratedRecords input) {
            this.input = input;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (inputReadAtFirstWrite < 0) {
                inputReadAtFirstWrite = input.bytesRead();
            }
            throw new FailFastOutputStream.Failure(new IOException("Broken pipe"));
        }
    }

    @Test
    void theFirstLineIsWrittenAfterReadingAtMostTheWindowOfRecords() {
        GeneratedRecords input = new GeneratedRecords(BatchCommandTest.record("same", BatchCommandTest.article(4)));
        ClosingOutput output = new ClosingOutput(input);
        int threads = 2;

        int status = NutshellCommand.run(new String[] {"batch", "--threads", "" + threads}, input, output,
                new ByteArrayOutputStream(), false, false);

        long window = (long) BatchRun.RECORDS_PER_THREAD * threads;
        // The window of records in flight, the one the reader holds while the window is full, and the chunk it reads ahead.
        long bound = (window + 2) * (input.total() / RECORDS) + 64 * 1024;
        assertEquals(0, status, "a reader that goes away ends the run quietly");
        assertTrue(output.inputReadAtFirstWrite > 0, "something was read before the first line");
        assertTrue(output.inputReadAtFirstWrite <= bound,
                () -> output.inputReadAtFirstWrite + " bytes read before the first line, more than " + bound);
        assertTrue(input.bytesRead() < input.total() / 10, () -> "reading stopped with the run: " + input.bytesRead());
    }

    @Test
    void aStoppedOutputWritesNothingMoreAndKeepsItsCount() {
        StringWriter written = new StringWriter();
        BatchOutput output = new BatchOutput(new PrintWriter(written), "-", new ProgressBar(new PrintWriter(new StringWriter()),
                System::nanoTime, false, "batch"));

        assertTrue(output.write(new BatchOutcome("{\"id\":1}\n", false), 1));
        assertTrue(output.write(new BatchOutcome("{\"id\":2,\"line\":2,\"error\":\"x\"}\n", true), 2));
        assertTrue(output.stop());
        assertFalse(output.stop(), "stopped once");
        assertFalse(output.write(new BatchOutcome("{\"id\":3}\n", false), 3));

        assertEquals("{\"id\":1}\n{\"id\":2,\"line\":2,\"error\":\"x\"}\n", written.toString());
        assertEquals(2, output.written());
        assertEquals(1, output.failed());
        assertEquals(2, output.firstFailedNumber());
    }

    @Test
    void aReadErrorAfterSomeRecordsKeepsTheirLinesAndEndsWithOneErrorLine() {
        // More than the first kilobyte, which is read before any record to recognise UTF-16.
        byte[] records = (BatchCommandTest.record("a", BatchCommandTest.article(7).repeat(3)) + "\n"
                + BatchCommandTest.record("b", BatchCommandTest.article(8)) + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream failing = new java.io.SequenceInputStream(new ByteArrayInputStream(records), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        });

        Invocation run = Invocation.run(failing, false, "batch");

        assertEquals(2, run.status(), run::err);
        assertEquals(2, run.out().split("\n").length, run::out);
        assertEquals("nutshell: cannot read standard input: Input/output error\n", run.err());
    }
}
